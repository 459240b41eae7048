package dk.kl.partnerships.web.api.registration;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** registration-service through the gateway: programmes, the municipality, its enrolments and participants. */
@Component
public class RegistrationApi {

    /** A municipality takes part in few programmes at a time: one page holds all its enrolments. */
    public static final int ENROLMENTS_PAGE = 200;

    public record Programme(
            String id,
            String status,
            String kind,
            String title,
            String theme,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal price,
            List<String> focusAreas,
            int maxParticipants,
            int maxPoliticians,
            LocalDate interestDeadline,
            LocalDate approvalDeadline) {

        public boolean isPublished() {
            return "PUBLISHED".equals(status);
        }
    }

    public record CouncilDecision(LocalDate date, String reference) {}

    public record Participant(String id, String name, String email, String role, Instant registeredAt) {

        public boolean isPolitician() {
            return "POLITICIAN".equals(role);
        }
    }

    public record Enrolment(
            String id,
            String programmeId,
            String municipalityCode,
            String state,
            List<String> focusAreas,
            CouncilDecision councilDecision,
            LocalDate joinedOn,
            List<Participant> participants) {

        public Enrolment {
            focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        /** Interest declared (and perhaps aligned with KL): the council's approval is what is missing. */
        public boolean awaitsApproval() {
            return "INTEREST_DECLARED".equals(state) || "ALIGNED".equals(state);
        }

        public boolean isJoined() {
            return "JOINED".equals(state);
        }

        /** Participants may be named once interest is declared and until the enrolment ends. */
        public boolean isActive() {
            return awaitsApproval() || isJoined();
        }
    }

    public record Address(String street, String postalCode, String city) {}

    public record BillingProfile(String cvr, List<String> eans, String buyerReference, Address address) {}

    public record Municipality(String code, String name, String regionName, BillingProfile billingProfile) {}

    public record Interest(String municipalityCode, boolean interested, List<String> focusAreas) {}

    public record Approval(LocalDate decisionDate, String caseReference) {}

    public record NewParticipant(String name, String email, String role) {}

    private static final ParameterizedTypeReference<ApiPage<Programme>> PROGRAMMES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<Enrolment>> ENROLMENTS =
            new ParameterizedTypeReference<>() {};

    private final ApiClient api;

    RegistrationApi(ApiClient api) {
        this.api = api;
    }

    public ApiPage<Programme> publishedProgrammes(int page, int size) {
        return api.get(
                uri -> uri.path("/api/programmes")
                        .queryParam("status", "PUBLISHED")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                PROGRAMMES);
    }

    public Programme programme(String id) {
        return api.get("/api/programmes/{id}", Programme.class, id);
    }

    public ApiPage<Enrolment> enrolments(String municipalityCode) {
        return api.get(
                uri -> uri.path("/api/enrolments")
                        .queryParam("municipalityCode", municipalityCode)
                        .queryParam("size", ENROLMENTS_PAGE)
                        .build(),
                ENROLMENTS);
    }

    public Enrolment enrolment(String id) {
        return api.get("/api/enrolments/{id}", Enrolment.class, id);
    }

    public Enrolment declareInterest(String programmeId, Interest interest) {
        return api.post("/api/programmes/{id}/enrolments", interest, Enrolment.class, programmeId);
    }

    public Enrolment approve(String enrolmentId, Approval approval) {
        return api.post("/api/enrolments/{id}/approval", approval, Enrolment.class, enrolmentId);
    }

    public Participant addParticipant(String enrolmentId, NewParticipant participant) {
        return api.post("/api/enrolments/{id}/participants", participant, Participant.class, enrolmentId);
    }

    public Participant replaceParticipant(String enrolmentId, String participantId, NewParticipant participant) {
        return api.put(
                "/api/enrolments/{id}/participants/{pid}", participant, Participant.class, enrolmentId, participantId);
    }

    public void removeParticipant(String enrolmentId, String participantId) {
        api.delete("/api/enrolments/{id}/participants/{pid}", enrolmentId, participantId);
    }

    public Municipality municipality(String code) {
        return api.get("/api/municipalities/{code}", Municipality.class, code);
    }

    public Municipality saveBillingProfile(String code, BillingProfile profile) {
        return api.put("/api/municipalities/{code}/billing-profile", profile, Municipality.class, code);
    }
}
