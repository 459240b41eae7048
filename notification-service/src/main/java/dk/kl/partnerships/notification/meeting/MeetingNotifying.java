package dk.kl.partnerships.notification.meeting;

import dk.kl.partnerships.notification.mail.Attachment;
import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.registration.Participant;
import dk.kl.partnerships.notification.registration.ParticipantKeeping;
import dk.kl.partnerships.notification.reminder.ReminderKind;
import dk.kl.partnerships.notification.reminder.ReminderSettings;
import dk.kl.partnerships.notification.reminder.Reminders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The messages of meetings and sign-ups: a seat confirmed (with a calendar invitation), a place on
 * the waiting list, a promotion from it (with the invitation), a cancelled sign-up (taking the
 * entry out of the calendar); a meeting moved (an updated invitation) or cancelled, to everyone
 * signed up; and a reminder before the meeting to those with a seat.
 */
@Service
public class MeetingNotifying {

    /** A meeting's reminder rounds: its calendar sequence times this, plus the offset's index. */
    private static final int ROUNDS = 100;

    private static final List<SignUpView.Status> SIGNED_UP =
            List.of(SignUpView.Status.CONFIRMED, SignUpView.Status.WAITING);

    private final MeetingViewRepository meetings;
    private final SignUpViewRepository signUps;
    private final ParticipantKeeping participants;
    private final CalendarInvitations invitations;
    private final Mailbox mailbox;
    private final Reminders reminders;
    private final ReminderSettings settings;

    MeetingNotifying(
            MeetingViewRepository meetings,
            SignUpViewRepository signUps,
            ParticipantKeeping participants,
            CalendarInvitations invitations,
            Mailbox mailbox,
            Reminders reminders,
            ReminderSettings settings) {
        this.meetings = meetings;
        this.signUps = signUps;
        this.participants = participants;
        this.invitations = invitations;
        this.mailbox = mailbox;
        this.reminders = reminders;
        this.settings = settings;
    }

    static String thread(String meetingId) {
        return "meeting:" + meetingId;
    }

    public void scheduled(MeetingView meeting) {
        if (meetings.existsById(meeting.id())) {
            return;
        }
        meetings.save(meeting);
        scheduleReminders(meeting);
    }

    public void rescheduled(
            String meetingId,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            String venueName,
            String venueAddress,
            int sequence) {
        MeetingView known = meeting(meetingId);
        if (sequence <= known.calendarSequence()) {
            return;
        }
        MeetingView moved = known.moved(startsAt, endsAt, timeZone, venueName, venueAddress, sequence);
        meetings.save(moved);
        reminders.cancel(ReminderKind.MEETING, meetingId);
        scheduleReminders(moved);
        tellEveryoneSignedUp(moved, MailKind.MEETING_RESCHEDULED, true);
    }

    public void cancelled(String meetingId, String reason, int sequence) {
        MeetingView known = meeting(meetingId);
        if (known.status() != MeetingView.Status.SCHEDULED) {
            return;
        }
        MeetingView cancelled =
                known.ended(MeetingView.Status.CANCELLED, reason, Math.max(sequence, known.calendarSequence() + 1));
        meetings.save(cancelled);
        reminders.cancel(ReminderKind.MEETING, meetingId);
        tellEveryoneSignedUp(cancelled, MailKind.MEETING_CANCELLED, false);
    }

    public void held(String meetingId) {
        meetings.findById(meetingId)
                .filter(m -> m.status() == MeetingView.Status.SCHEDULED)
                .ifPresent(m -> meetings.save(m.ended(MeetingView.Status.HELD, null, m.calendarSequence())));
        reminders.cancel(ReminderKind.MEETING, meetingId);
    }

    public void signedUp(
            String meetingId,
            String signUpId,
            String participantId,
            String municipalityCode,
            boolean confirmed,
            Integer waitingPosition) {
        MeetingView meeting = meeting(meetingId);
        MailKind kind = confirmed ? MailKind.SIGN_UP_CONFIRMED : MailKind.SIGN_UP_WAITING;
        if (erased(kind, signUpId, participantId)) {
            return;
        }
        Participant participant = participant(participantId);
        signUps.save(new SignUpView(
                signUpId,
                meetingId,
                participantId,
                municipalityCode,
                confirmed ? SignUpView.Status.CONFIRMED : SignUpView.Status.WAITING));
        Map<String, Object> model = model(meeting, participant);
        model.put("waitingPosition", waitingPosition);
        mailbox.post(new Letter(
                kind,
                signUpId,
                thread(meetingId),
                participant.recipient(),
                model,
                confirmed ? List.of(invitations.request(meeting, participant.recipient())) : List.of()));
    }

    public void promoted(String meetingId, String signUpId, String participantId, String municipalityCode) {
        MeetingView meeting = meeting(meetingId);
        if (erased(MailKind.SIGN_UP_PROMOTED, signUpId, participantId)) {
            return;
        }
        Participant participant = participant(participantId);
        signUps.save(new SignUpView(signUpId, meetingId, participantId, municipalityCode, SignUpView.Status.CONFIRMED));
        mailbox.post(new Letter(
                MailKind.SIGN_UP_PROMOTED,
                signUpId,
                thread(meetingId),
                participant.recipient(),
                model(meeting, participant),
                List.of(invitations.request(meeting, participant.recipient()))));
    }

    public void signUpCancelled(
            String meetingId, String signUpId, String participantId, String municipalityCode, boolean hadSeat) {
        MeetingView meeting = meeting(meetingId);
        signUps.save(new SignUpView(signUpId, meetingId, participantId, municipalityCode, SignUpView.Status.CANCELLED));
        Optional<Participant> participant = participants.find(participantId);
        if (participant.isEmpty()) {
            mailbox.notNeeded(MailKind.SIGN_UP_CANCELLED, signUpId, "the participant's address is no longer kept");
            return;
        }
        Map<String, Object> model = model(meeting, participant.get());
        model.put("hadSeat", hadSeat);
        mailbox.post(new Letter(
                MailKind.SIGN_UP_CANCELLED,
                signUpId,
                thread(meetingId),
                participant.get().recipient(),
                model,
                hadSeat ? List.of(invitations.cancel(meeting, participant.get().recipient())) : List.of()));
    }

    /** The reminder before the meeting, to those who have a seat when it falls due. */
    void remind(String reminderId, String meetingId, int round, Instant now) {
        Optional<MeetingView> meeting = meetings.findById(meetingId);
        if (meeting.isEmpty()
                || meeting.get().status() != MeetingView.Status.SCHEDULED
                || meeting.get().calendarSequence() != round / ROUNDS
                || !meeting.get().startsAt().isAfter(now)) {
            mailbox.notNeeded(MailKind.MEETING_REMINDER, reminderId, "the meeting was moved, cancelled or has begun");
            return;
        }
        List<SignUpView> seats = signUps.findByMeetingIdAndStatusIn(meetingId, List.of(SignUpView.Status.CONFIRMED));
        for (Participant participant :
                participants.find(seats.stream().map(SignUpView::participantId).toList())) {
            mailbox.post(new Letter(
                    MailKind.MEETING_REMINDER,
                    reminderId,
                    thread(meetingId),
                    participant.recipient(),
                    model(meeting.get(), participant)));
        }
    }

    private void tellEveryoneSignedUp(MeetingView meeting, MailKind kind, boolean update) {
        List<SignUpView> signedUp = signUps.findByMeetingIdAndStatusIn(meeting.id(), SIGNED_UP);
        Map<String, SignUpView> byParticipant = new HashMap<>();
        signedUp.forEach(s -> byParticipant.put(s.participantId(), s));
        for (Participant participant : participants.find(List.copyOf(byParticipant.keySet()))) {
            boolean seat = byParticipant.get(participant.id()).status() == SignUpView.Status.CONFIRMED;
            Map<String, Object> model = model(meeting, participant);
            model.put("hadSeat", seat);
            List<Attachment> calendar = !seat
                    ? List.of()
                    : List.of(
                            update
                                    ? invitations.request(meeting, participant.recipient())
                                    : invitations.cancel(meeting, participant.recipient()));
            mailbox.post(new Letter(
                    kind,
                    meeting.id() + ":" + meeting.calendarSequence(),
                    thread(meeting.id()),
                    participant.recipient(),
                    model,
                    calendar));
        }
    }

    private void scheduleReminders(MeetingView meeting) {
        List<Duration> offsets = settings.meeting().offsets();
        for (int i = 0; i < offsets.size(); i++) {
            reminders.schedule(
                    ReminderKind.MEETING,
                    meeting.id(),
                    meeting.calendarSequence() * ROUNDS + i,
                    meeting.startsAt().minus(offsets.get(i)));
        }
    }

    private static Map<String, Object> model(MeetingView meeting, Participant participant) {
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meeting.model());
        model.put("participant", Map.of("name", participant.name()));
        return model;
    }

    private MeetingView meeting(String meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotKnownYet("meeting " + meetingId));
    }

    /** An erased participant is mailed no more, nor waited for. */
    private boolean erased(MailKind kind, String signUpId, String participantId) {
        if (!participants.isErased(participantId)) {
            return false;
        }
        mailbox.notNeeded(kind, signUpId, "the participant's personal data has been erased");
        return true;
    }

    private Participant participant(String participantId) {
        return participants.find(participantId).orElseThrow(() -> new NotKnownYet("participant " + participantId));
    }
}
