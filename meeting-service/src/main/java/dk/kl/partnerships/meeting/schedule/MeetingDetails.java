package dk.kl.partnerships.meeting.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What KL plans for a meeting: title, time, place, seats, sign-up deadline, agenda and fee. */
public record MeetingDetails(
        String title,
        MeetingTime time,
        Venue venue,
        int capacity,
        Instant signUpDeadline,
        List<AgendaItem> agenda,
        BigDecimal feePerParticipant) {

    public MeetingDetails {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        signUpDeadline = signUpDeadline == null ? time.startsAt() : signUpDeadline;
    }
}
