package dk.kl.partnerships.notification.meeting;

import dk.kl.partnerships.notification.reminder.Reminder;
import dk.kl.partnerships.notification.reminder.ReminderHandler;
import dk.kl.partnerships.notification.reminder.ReminderKind;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The reminder before a meeting; its round is the calendar sequence it was scheduled for. */
@Component
class MeetingReminders implements ReminderHandler {

    private final MeetingNotifying notices;
    private final Clock clock;

    MeetingReminders(MeetingNotifying notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.MEETING;
    }

    @Override
    public void remind(Reminder reminder) {
        notices.remind(reminder.id(), reminder.subjectId(), reminder.round(), clock.instant());
    }
}
