package dk.kl.partnerships.notification.reminder;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders that are due, on any instance: each reminder is taken under a lease, so only
 * one instance runs it; one whose instance stopped midway is taken again when its lease runs out,
 * and its handler sends only what was not sent yet.
 */
@Component
class ReminderRunner {

    private static final Logger log = LoggerFactory.getLogger(ReminderRunner.class);
    private static final int BATCH = 50;

    private final Reminders reminders;
    private final Map<ReminderKind, ReminderHandler> handlers = new EnumMap<>(ReminderKind.class);
    private final Duration lease;

    ReminderRunner(
            Reminders reminders,
            List<ReminderHandler> handlers,
            @Value("${partnerships.notifications.reminder-lease:2m}") Duration lease) {
        this.reminders = reminders;
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${partnerships.notifications.poll-interval:1s}")
    void runDue() {
        for (int i = 0; i < BATCH; i++) {
            Optional<Reminder> due = reminders.claimDue(lease);
            if (due.isEmpty()) {
                return;
            }
            Reminder reminder = due.get();
            ReminderHandler handler = handlers.get(reminder.kind());
            try {
                handler.remind(reminder);
                reminders.done(reminder);
            } catch (RuntimeException e) {
                log.warn("Reminder {} failed; it runs again in {}", reminder.id(), lease, e);
            }
        }
    }
}
