package dk.kl.partnerships.web.api.registration;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.ApiProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * registration-service through the gateway: programmes, municipalities, enrolments and participants,
 * and — for KL — publishing, the non-respondents and the networks.
 */
@Component
public class RegistrationApi {

    /**
     * A municipality takes part in few programmes at a time, and a programme has at most one enrolment
     * per municipality (98): one page holds them all.
     */
    public static final int ENROLMENTS_PAGE = 200;

    public record Instalment(int dueOffsetMonths, BigDecimal share) {}

    public record NetworkSize(Integer min, Integer max) {}

    public record Programme(
            String id,
            String status,
            String kind,
            String title,
            String theme,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal price,
            BigDecimal vatRate,
            List<Instalment> instalments,
            List<String> focusAreas,
            int maxParticipants,
            int maxPoliticians,
            LocalDate interestDeadline,
            LocalDate approvalDeadline,
            NetworkSize networkSize,
            Instant publishedAt,
            LocalDate completedOn,
            String frameworkKey) {

        public Programme {
            instalments = instalments == null ? List.of() : List.copyOf(instalments);
            focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        }

        public boolean isPublished() {
            return "PUBLISHED".equals(status);
        }

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }

        /** What one municipality pays for the programme, VAT included. */
        public BigDecimal grossPrice() {
            return price.add(price.multiply(vatRate).movePointLeft(2)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A programme's terms as KL enters them (a draft's, until it is published). */
    public record ProgrammeTerms(
            String kind,
            String title,
            String theme,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal price,
            BigDecimal vatRate,
            List<Instalment> instalments,
            List<String> focusAreas,
            Integer maxParticipants,
            Integer maxPoliticians,
            LocalDate interestDeadline,
            LocalDate approvalDeadline,
            NetworkSize networkSize,
            String frameworkKey) {}

    public record CouncilDecision(LocalDate date, String reference) {}

    public record Alignment(LocalDate contactedOn, String note) {}

    public record Withdrawal(LocalDate withdrawnOn, String reason) {}

    public record Participant(String id, String name, String email, String role, Instant registeredAt) {

        public boolean isPolitician() {
            return "POLITICIAN".equals(role);
        }
    }

    public record Enrolment(
            String id,
            String programmeId,
            String municipalityCode,
            String municipalityName,
            String state,
            List<String> focusAreas,
            Instant declaredAt,
            boolean late,
            DeadlineOverride answerOverride,
            DeadlineOverride approvalOverride,
            Alignment alignment,
            CouncilDecision councilDecision,
            LocalDate joinedOn,
            Withdrawal withdrawal,
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

    public record BillingProfile(
            String cvr,
            List<String> eans,
            String buyerReference,
            Address address,
            String orderReference,
            String accountingCost) {}

    public record Municipality(String code, String name, String regionName, BillingProfile billingProfile) {}

    /** A person at a municipality, to write to. */
    public record Contact(String name, String email) {}

    /**
     * A municipality that has not answered a programme's invitation, yes or no, and its coordinator
     * to chase (null where the municipality has named none).
     */
    public record NonRespondent(String code, String name, String regionName, Contact coordinator) {}

    /** Why the proposal put a municipality where it is. */
    public record Placement(
            String municipalityCode,
            String municipalityName,
            String regionName,
            List<String> sameRegionMembers,
            List<String> sharedFocusAreas) {

        public Placement {
            sameRegionMembers = sameRegionMembers == null ? List.of() : List.copyOf(sameRegionMembers);
            sharedFocusAreas = sharedFocusAreas == null ? List.of() : List.copyOf(sharedFocusAreas);
        }
    }

    public record ProposedNetwork(
            String name, List<String> focusAreas, List<String> regions, List<Placement> members) {}

    public record NetworkProposal(List<ProposedNetwork> networks, int score) {

        public NetworkProposal {
            networks = networks == null ? List.of() : List.copyOf(networks);
        }
    }

    public record Network(String id, String name, List<String> municipalityCodes, List<String> focusAreas) {}

    public record Networks(String programmeId, Instant formedAt, List<Network> networks) {}

    public record NetworkDraft(String name, List<String> municipalityCodes) {}

    record NetworksRequest(List<NetworkDraft> networks) {}

    /** Why KL accepted an answer or a council decision after its deadline. */
    public record DeadlineOverride(String reason, Instant at) {}

    /** An answer; {@code reason} is KL's when it answers after the deadline, else null. */
    public record Interest(String municipalityCode, boolean interested, List<String> focusAreas, String reason) {}

    /** A council decision; {@code reason} is KL's when it accepts one after the deadline, else null. */
    public record Approval(LocalDate decisionDate, String caseReference, String reason) {}

    public record NewParticipant(String name, String email, String role) {}

    private static final ParameterizedTypeReference<ApiPage<Programme>> PROGRAMMES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<Enrolment>> ENROLMENTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<NonRespondent>> NON_RESPONDENTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<Municipality>> MUNICIPALITIES =
            new ParameterizedTypeReference<>() {};

    private final ApiClient api;
    private volatile Map<String, String> municipalityNames;

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

    /** Programmes by start, of one status, or all if {@code status} is null. */
    public ApiPage<Programme> programmes(String status, int page, int size) {
        return api.get(
                uri -> uri.path("/api/programmes")
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                PROGRAMMES);
    }

    public Programme createProgramme(ProgrammeTerms terms) {
        return api.post("/api/programmes", terms, Programme.class);
    }

    public Programme reviseProgramme(String id, ProgrammeTerms terms) {
        return api.put("/api/programmes/{id}", terms, Programme.class, id);
    }

    public Programme publish(String id) {
        return api.post("/api/programmes/{id}/publication", null, Programme.class, id);
    }

    public Programme complete(String id) {
        return api.post("/api/programmes/{id}/completion", null, Programme.class, id);
    }

    /** A programme's enrolments (at most one per municipality), by municipality; of one state if given. */
    public ApiPage<Enrolment> enrolmentsOf(String programmeId, String state) {
        return api.get(
                uri -> uri.path("/api/enrolments")
                        .queryParam("programmeId", programmeId)
                        .queryParamIfPresent("state", Optional.ofNullable(state))
                        .queryParam("size", ENROLMENTS_PAGE)
                        .build(),
                ENROLMENTS);
    }

    /** The municipalities (of the 98) that have not answered the programme's invitation. */
    public ApiPage<NonRespondent> nonRespondents(String programmeId, int page, int size) {
        return api.get(
                uri -> uri.path("/api/programmes/{id}/non-respondents")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(programmeId),
                NON_RESPONDENTS);
    }

    /**
     * The 98 municipalities' names by code, in code order. The catalogue never changes while the
     * platform runs, so it is read once (any signed-in person may read it) and kept, without billing
     * profiles or contacts.
     */
    public Map<String, String> municipalityNames() {
        Map<String, String> names = municipalityNames;
        if (names == null) {
            Map<String, String> read = new LinkedHashMap<>();
            api.get(
                            uri -> uri.path("/api/municipalities")
                                    .queryParam("size", ENROLMENTS_PAGE)
                                    .build(),
                            MUNICIPALITIES)
                    .items()
                    .forEach(m -> read.put(m.code(), m.name()));
            names = Collections.unmodifiableMap(read);
            municipalityNames = names;
        }
        return names;
    }

    public NetworkProposal proposeNetworks(String programmeId) {
        return api.post("/api/programmes/{id}/network-proposals", null, NetworkProposal.class, programmeId);
    }

    public Networks confirmNetworks(String programmeId, List<NetworkDraft> networks) {
        return api.post("/api/programmes/{id}/networks", new NetworksRequest(networks), Networks.class, programmeId);
    }

    /** The programme's confirmed networks; empty until KL has confirmed them. */
    public Optional<Networks> networks(String programmeId) {
        try {
            return Optional.of(api.get("/api/programmes/{id}/networks", Networks.class, programmeId));
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
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
