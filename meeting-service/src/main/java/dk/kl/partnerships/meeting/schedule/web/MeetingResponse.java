package dk.kl.partnerships.meeting.schedule.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.meeting.schedule.AgendaItem;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import dk.kl.partnerships.meeting.schedule.Venue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting with its seats. Sign-ups, and once it is held who attended, are listed only where the
 * caller may see them: KL sees all, a coordinator their own municipality's; everyone sees the counts.
 */
record MeetingResponse(
        String id,
        String programmeId,
        String networkId,
        MeetingKind kind,
        String title,
        MeetingStatus status,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        Venue venue,
        int capacity,
        int confirmed,
        int waiting,
        OffsetDateTime signUpDeadline,
        List<AgendaItem> agenda,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feePerParticipant,
        String cancellationReason,
        LocalDate heldOn,
        List<SignUpResponse> signUps,
        List<String> attendees,
        int attendanceRevision,
        String attendanceCorrectionReason) {

    record SignUpResponse(
            String id,
            String participantId,
            String municipalityCode,
            String name,
            SignUp.Status status,
            Integer waitingPosition) {}

    static MeetingResponse of(Meeting meeting, Caller caller) {
        return new MeetingResponse(
                meeting.id(),
                meeting.programmeId(),
                meeting.networkId(),
                meeting.kind(),
                meeting.title(),
                meeting.status(),
                meeting.time().startsAt().atZone(meeting.time().zone()).toOffsetDateTime(),
                meeting.time().endsAt().atZone(meeting.time().zone()).toOffsetDateTime(),
                meeting.time().timeZone(),
                meeting.venue(),
                meeting.capacity(),
                meeting.confirmed().size(),
                meeting.waiting().size(),
                meeting.signUpDeadline().atZone(meeting.time().zone()).toOffsetDateTime(),
                meeting.agenda(),
                meeting.feePerParticipant(),
                meeting.cancellationReason(),
                meeting.heldOn(),
                meeting.signUps().stream()
                        .filter(SignUp::active)
                        .filter(s -> caller.canRead(s.municipalityCode()))
                        .map(s -> signUp(meeting, s))
                        .toList(),
                meeting.signUps().stream()
                        .filter(s -> meeting.attendees().contains(s.participantId()))
                        .filter(s -> caller.canRead(s.municipalityCode()))
                        .map(SignUp::participantId)
                        .distinct()
                        .toList(),
                meeting.attendanceRevision(),
                meeting.attendanceCorrectionReason());
    }

    static SignUpResponse signUp(Meeting meeting, SignUp signUp) {
        return new SignUpResponse(
                signUp.id(),
                signUp.participantId(),
                signUp.municipalityCode(),
                signUp.name(),
                signUp.status(),
                meeting.waitingPosition(signUp.id()).orElse(null));
    }
}
