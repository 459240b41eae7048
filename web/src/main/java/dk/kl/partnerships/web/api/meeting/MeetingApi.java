package dk.kl.partnerships.web.api.meeting;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.Download;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * meeting-service through the gateway: a programme's meetings, sign-ups and the calendar feed; for KL
 * also scheduling, rescheduling, cancelling, attendance and the programme's meeting plan.
 */
@Component
public class MeetingApi {

    public record Venue(String name, String address, String municipalityCode) {}

    /**
     * A seat, confirmed or waiting at {@code waitingPosition}: a coordinator sees their own
     * municipality's, KL everyone's.
     */
    public record SignUp(
            String id,
            String participantId,
            String municipalityCode,
            String name,
            String status,
            Integer waitingPosition,
            Guest guest) {

        public boolean isWaiting() {
            return "WAITING".equals(status);
        }

        /** An outside guest's (KL sees them), not a municipality's participant's. */
        public boolean outsideGuest() {
            return guest != null;
        }
    }

    /** An outside guest's e-mail and organisation. */
    public record Guest(String email, Organisation organisation) {}

    public record Organisation(String name, String cvr, String ean, String reference) {}

    /** Someone who came in place of a signed-up participant of the municipality. */
    public record WalkIn(String id, String name, String email, String municipalityCode) {}

    public record Meeting(
            String id,
            String programmeId,
            String networkId,
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
            String cancellationReason,
            LocalDate heldOn,
            List<SignUp> signUps,
            List<String> attendees,
            List<WalkIn> walkIns,
            int attendanceRevision,
            String attendanceCorrectionReason) {

        public Meeting {
            signUps = signUps == null ? List.of() : List.copyOf(signUps);
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
            walkIns = walkIns == null ? List.of() : List.copyOf(walkIns);
        }

        /** Whether KL may sign outside guests up: open meetings and the follow-up group. */
        public boolean welcomesGuests() {
            return "OPEN_THEME_MEETING".equals(kind) || "FOLLOW_UP_GROUP".equals(kind);
        }

        /** Whether the participant came, once attendance is recorded (KL sees everyone's). */
        public boolean attended(String participantId) {
            return attendees.contains(participantId);
        }

        /** Whether the attendance was corrected after it was first recorded. */
        public boolean attendanceCorrected() {
            return attendanceRevision > 0;
        }

        /** How many of those with a seat came (walk-ins and guests without a seat aside). */
        public int attendedSignUps() {
            return (int) confirmedSignUps().stream()
                    .filter(s -> attended(s.participantId()))
                    .count();
        }

        public List<SignUp> confirmedSignUps() {
            return signUps.stream().filter(s -> !s.isWaiting()).toList();
        }

        /** The waiting list, first in line first. */
        public List<SignUp> waitingList() {
            return signUps.stream()
                    .filter(SignUp::isWaiting)
                    .sorted(Comparator.comparing(SignUp::waitingPosition))
                    .toList();
        }

        public boolean isHeld() {
            return "HELD".equals(status);
        }

        public boolean isCancelled() {
            return "CANCELLED".equals(status);
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

    public record Subscription(String url, Instant expiresAt) {}

    /**
     * A meeting as KL plans it; times are local to Europe/Copenhagen.
     *
     * @param networkId for a network's meetings (theme days, visits); null for the programme's
     */
    public record MeetingRequest(
            String programmeId,
            String networkId,
            String kind,
            String title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Venue venue,
            Integer capacity,
            LocalDateTime signUpDeadline,
            BigDecimal feePerParticipant) {}

    /** Per network: theme days and visits scheduled, of those the programme calls for. */
    public record NetworkPlan(
            String networkId,
            String name,
            int themeDaysScheduled,
            int themeDaysPlanned,
            int visitsScheduled,
            int visitsPlanned) {}

    public record MeetingPlan(String programmeId, List<NetworkPlan> networks, int programmeWideMeetings) {

        public MeetingPlan {
            networks = networks == null ? List.of() : List.copyOf(networks);
        }
    }

    record SignUpRequest(String participantId) {}

    record CancellationRequest(String reason) {}

    record AttendanceRequest(List<String> participantIds, List<WalkInRequest> walkIns) {}

    record AttendanceCorrectionRequest(List<String> participantIds, List<WalkInRequest> walkIns, String reason) {}

    /** A walk-in as KL records them with the attendance. */
    public record WalkInRequest(String name, String email, String municipalityCode) {}

    /** An outside guest as KL signs them up; the organisation is invoiced for a meeting with a fee. */
    public record GuestSignUpRequest(String name, String email, OrganisationRequest organisation) {}

    public record OrganisationRequest(String name, AddressRequest address, String cvr, String ean, String reference) {}

    public record AddressRequest(String street, String postalCode, String city) {}

    private static final ParameterizedTypeReference<ApiPage<Meeting>> MEETINGS = new ParameterizedTypeReference<>() {};
    private static final int MAX_PAGE = 200;

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

    /** Every meeting of the programme, by start: a programme has a few dozen (pages of up to 200). */
    public ApiPage<Meeting> allMeetings(String programmeId, int page) {
        return api.get(
                uri -> uri.path("/api/meetings")
                        .queryParam("programmeId", programmeId)
                        .queryParam("page", page)
                        .queryParam("size", MAX_PAGE)
                        .build(),
                MEETINGS);
    }

    public Meeting schedule(MeetingRequest meeting) {
        return api.post("/api/meetings", meeting, Meeting.class);
    }

    public Meeting revise(String id, MeetingRequest meeting) {
        return api.put("/api/meetings/{id}", meeting, Meeting.class, id);
    }

    public Meeting cancel(String id, String reason) {
        return api.post("/api/meetings/{id}/cancellation", new CancellationRequest(reason), Meeting.class, id);
    }

    public Meeting recordAttendance(String id, List<String> participantIds, List<WalkInRequest> walkIns) {
        return api.post(
                "/api/meetings/{id}/attendance", new AttendanceRequest(participantIds, walkIns), Meeting.class, id);
    }

    /** KL corrects a held meeting's attendance: the whole of it, with the reason. */
    public Meeting correctAttendance(
            String id, List<String> participantIds, List<WalkInRequest> walkIns, String reason) {
        return api.post(
                "/api/meetings/{id}/attendance-corrections",
                new AttendanceCorrectionRequest(participantIds, walkIns, reason),
                Meeting.class,
                id);
    }

    public SignUp signUpGuest(String meetingId, GuestSignUpRequest guest) {
        return api.post("/api/meetings/{id}/guest-sign-ups", guest, SignUp.class, meetingId);
    }

    public MeetingPlan plan(String programmeId) {
        return api.get("/api/programmes/{id}/meeting-plan", MeetingPlan.class, programmeId);
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

    /** A participant's attendance certificate (PDF), when they have attended enough of the theme days. */
    public Download certificate(String programmeId, String participantId) {
        return api.download(
                "/api/programmes/{programmeId}/participants/{participantId}/certificate", programmeId, participantId);
    }
}
