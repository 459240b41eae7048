package dk.kl.partnerships.notification.reminder;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message scheduled for later: of one kind, about one subject (a programme, a meeting, a
 * self-evaluation), the {@code round}-th of its kind for that subject. Stored, so it survives
 * restarts; taken by one instance at a time under a lease, so two instances never both run it.
 */
@Document(Reminder.COLLECTION)
public record Reminder(
        @Id String id,
        ReminderKind kind,
        String subjectId,
        int round,
        Instant dueAt,
        Status status,
        Instant leaseUntil) {

    public static final String COLLECTION = "reminders";

    public enum Status {
        SCHEDULED,
        DONE,
        CANCELLED
    }

    static String id(ReminderKind kind, String subjectId, int round) {
        return kind.name() + ":" + subjectId + ":" + round;
    }
}
