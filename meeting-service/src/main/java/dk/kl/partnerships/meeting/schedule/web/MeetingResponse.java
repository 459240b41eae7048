package dk.kl.partnerships.meeting.schedule.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.meeting.schedule.AgendaItem;
import dk.kl.partnerships.meeting.schedule.GuestOrganisation;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import dk.kl.partnerships.meeting.schedule.Venue;
import dk.kl.partnerships.meeting.schedule.WalkIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A meeting with its seats. Sign-ups, and once it is held who attended, are listed only where the
 * caller may see them: KL sees all, a coordinator their own municipality's (walk-ins included), finance
 * no outside guest's; everyone sees the counts.
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
        List<WalkInResponse> walkIns,
        int attendanceRevision,
        String attendanceCorrectionReason) {

    record SignUpResponse(
            String id,
            String participantId,
            String municipalityCode,
            String name,
            SignUp.Status status,
            Integer waitingPosition,
            GuestResponse guest) {}

    /** An outside guest's e-mail and organisation, shown to KL only. */
    record GuestResponse(String email, GuestOrganisation organisation) {}

    record WalkInResponse(String id, String name, String email, String municipalityCode) {}

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
                        .filter(s -> visible(s, caller))
                        .map(s -> signUp(meeting, s))
                        .toList(),
                attendees(meeting, caller),
                meeting.walkIns().stream()
                        .filter(w -> caller.canRead(w.municipalityCode()))
                        .map(w -> new WalkInResponse(w.id(), w.name(), w.email(), w.municipalityCode()))
                        .toList(),
                meeting.attendanceRevision(),
                meeting.attendanceCorrectionReason());
    }

    /** A guest's sign-up only KL sees: guests' names and e-mails are nobody else's business. */
    private static boolean visible(SignUp signUp, Caller caller) {
        return signUp.guest() ? caller.isKlAdmin() : caller.canRead(signUp.municipalityCode());
    }

    private static List<String> attendees(Meeting meeting, Caller caller) {
        Set<String> attended = Set.copyOf(meeting.attendees());
        Stream<String> signedUp = meeting.signUps().stream()
                .filter(s -> attended.contains(s.participantId()))
                .filter(s -> visible(s, caller))
                .map(SignUp::participantId);
        Stream<String> walkedIn = meeting.walkIns().stream()
                .filter(w -> caller.canRead(w.municipalityCode()))
                .map(WalkIn::id);
        return Stream.concat(signedUp, walkedIn).distinct().toList();
    }

    static SignUpResponse signUp(Meeting meeting, SignUp signUp) {
        return new SignUpResponse(
                signUp.id(),
                signUp.participantId(),
                signUp.municipalityCode(),
                signUp.name(),
                signUp.status(),
                meeting.waitingPosition(signUp.id()).orElse(null),
                signUp.guest() ? new GuestResponse(signUp.email(), signUp.organisation()) : null);
    }
}
