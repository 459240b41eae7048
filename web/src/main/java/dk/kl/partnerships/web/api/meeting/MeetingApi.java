package dk.kl.partnerships.web.api.meeting;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** meeting-service through the gateway: a programme's meetings, sign-ups and the calendar feed. */
@Component
public class MeetingApi {

    public record Venue(String name, String address, String municipalityCode) {}

    /** A seat of the caller's municipality: confirmed, or waiting at {@code waitingPosition}. */
    public record SignUp(String id, String participantId, String name, String status, Integer waitingPosition) {

        public boolean isWaiting() {
            return "WAITING".equals(status);
        }
    }

    public record Meeting(
            String id,
            String programmeId,
            String kind,
            String title,
            String status,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String timeZone,
            Venue venue,
            int capacity,
            int confirmed,
            int waiting,
            OffsetDateTime signUpDeadline,
            BigDecimal feePerParticipant,
            List<SignUp> signUps) {

        public Meeting {
            signUps = signUps == null ? List.of() : List.copyOf(signUps);
        }

        public Optional<SignUp> signUpOf(String participantId) {
            return signUps.stream()
                    .filter(s -> s.participantId().equals(participantId))
                    .findFirst();
        }

        public boolean isScheduled() {
            return "SCHEDULED".equals(status);
        }

        /** The start in the meeting's own time zone, as the invitation states it. */
        public ZonedDateTime localStart() {
            return local(startsAt);
        }

        public ZonedDateTime localEnd() {
            return local(endsAt);
        }

        public ZonedDateTime localSignUpDeadline() {
            return local(signUpDeadline);
        }

        private ZonedDateTime local(OffsetDateTime time) {
            return time == null
                    ? null
                    : time.atZoneSameInstant(ZoneId.of(timeZone == null ? "Europe/Copenhagen" : timeZone));
        }
    }

    public record Subscription(String url) {}

    record SignUpRequest(String participantId) {}

    private static final ParameterizedTypeReference<ApiPage<Meeting>> MEETINGS = new ParameterizedTypeReference<>() {};

    private final ApiClient api;

    MeetingApi(ApiClient api) {
        this.api = api;
    }

    /** The programme's meetings from {@code from} on, by start. */
    public ApiPage<Meeting> meetings(String programmeId, LocalDate from, int page, int size) {
        return api.get(
                uri -> uri.path("/api/meetings")
                        .queryParam("programmeId", programmeId)
                        .queryParam("from", from)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                MEETINGS);
    }

    public Meeting meeting(String id) {
        return api.get("/api/meetings/{id}", Meeting.class, id);
    }

    public SignUp signUp(String meetingId, String participantId) {
        return api.post("/api/meetings/{id}/sign-ups", new SignUpRequest(participantId), SignUp.class, meetingId);
    }

    public void cancelSignUp(String meetingId, String signUpId) {
        api.delete("/api/meetings/{id}/sign-ups/{signUpId}", meetingId, signUpId);
    }

    /** The path (under the gateway) of the municipality's calendar feed, with its own token. */
    public Subscription calendar(String municipalityCode) {
        return api.get("/api/calendars/{code}/subscription", Subscription.class, municipalityCode);
    }
}
