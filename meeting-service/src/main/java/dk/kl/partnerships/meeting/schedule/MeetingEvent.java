package dk.kl.partnerships.meeting.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened to a meeting that other services need to know, as facts complete in themselves. */
public sealed interface MeetingEvent {

    String meetingId();

    String programmeId();

    /** Absent for a meeting of the whole programme. */
    String networkId();

    /** KL planned a meeting; {@code feePerParticipant} is absent for a meeting without a fee. */
    record Scheduled(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            MeetingTime time,
            Venue venue,
            int capacity,
            Instant signUpDeadline,
            BigDecimal feePerParticipant,
            String calendarUid,
            int calendarSequence,
            Instant scheduledAt)
            implements MeetingEvent {}

    /** The meeting moved to another time or place. */
    record Rescheduled(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingTime time,
            Venue venue,
            String calendarUid,
            int calendarSequence,
            Instant rescheduledAt)
            implements MeetingEvent {}

    record Cancelled(
            String meetingId,
            String programmeId,
            String networkId,
            String reason,
            String calendarUid,
            int calendarSequence,
            Instant cancelledAt)
            implements MeetingEvent {}

    /** The meeting took place; KL recorded who came, per municipality. */
    record Held(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            List<Attendees> attendance,
            List<GuestAttendees> guestAttendance,
            Instant recordedAt)
            implements MeetingEvent {}

    /** KL corrected who came to a held meeting: the whole attendance as it now stands. */
    record AttendanceCorrected(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            LocalDate heldOn,
            int revision,
            BigDecimal feePerParticipant,
            List<Attendees> attendance,
            List<GuestAttendees> guestAttendance,
            String reason,
            Instant correctedAt)
            implements MeetingEvent {}

    /**
     * The people of one municipality who came: {@code participantIds} all of them, {@code walkInIds}
     * those who came in place of a signed-up participant.
     */
    record Attendees(String municipalityCode, List<String> participantIds, List<String> walkInIds) {}

    /** The outside guests of one organisation who came, by id, with the organisation's invoicing details. */
    record GuestAttendees(String organisationId, GuestOrganisation organisation, List<String> guestIds) {}

    /**
     * A participant signed up: a confirmed seat when {@code waitingPosition} is absent, else the
     * place on the waiting list (1 for the first).
     */
    record SignedUp(
            String meetingId,
            String programmeId,
            String networkId,
            String signUpId,
            String participantId,
            String municipalityCode,
            Integer waitingPosition,
            Instant signedUpAt)
            implements MeetingEvent {}

    /** A participant on the waiting list got a seat. */
    record Promoted(
            String meetingId,
            String programmeId,
            String networkId,
            String signUpId,
            String participantId,
            String municipalityCode,
            Instant promotedAt)
            implements MeetingEvent {}

    /** A sign-up no longer stands; {@code hadSeat} tells whether it held a confirmed seat. */
    record SignUpDropped(
            String meetingId,
            String programmeId,
            String networkId,
            String signUpId,
            String participantId,
            String municipalityCode,
            boolean hadSeat,
            Instant droppedAt)
            implements MeetingEvent {}
}
