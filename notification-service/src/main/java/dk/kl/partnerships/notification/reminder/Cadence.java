package dk.kl.partnerships.notification.reminder;

import dk.kl.partnerships.notification.mail.Mail;
import dk.kl.partnerships.notification.mail.MailKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;

/**
 * When the reminders of one kind fall due — at {@code offsets} before a deadline (a negative
 * offset: after it) — and how many of them one recipient gets at most ({@code maxCount}), never
 * two messages of a thread closer together than {@code minGap}: a reminder that would come too
 * soon after the invitation or the previous reminder is left out.
 */
public record Cadence(List<Duration> offsets, int maxCount, Duration minGap) {

    public Cadence {
        offsets = offsets == null ? List.of() : List.copyOf(offsets);
        minGap = minGap == null ? Duration.ZERO : minGap;
    }

    /** The moment the reminder at {@code offset} before a deadline day falls due, at the time of day given. */
    public static Instant before(LocalDate deadline, Duration offset, LocalTime at, ZoneId zone) {
        ZonedDateTime day = deadline.atTime(at).atZone(zone);
        long days = offset.toDays();
        return day.minusDays(days).minus(offset.minusDays(days)).toInstant();
    }

    /** The end of a deadline day: an answer given on the day is in time. */
    public static Instant endOf(LocalDate deadline, ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Whether one more reminder may go to a recipient, given the thread's recent messages to them
     * (newest first): fewer than {@code maxCount} reminders so far and none within {@code minGap}.
     */
    public boolean allows(List<Mail> history, Collection<MailKind> reminders, Instant now) {
        long sent = history.stream().filter(m -> reminders.contains(m.kind())).count();
        if (sent >= maxCount) {
            return false;
        }
        return history.isEmpty() || !history.get(0).createdAt().isAfter(now.minus(minGap));
    }
}
