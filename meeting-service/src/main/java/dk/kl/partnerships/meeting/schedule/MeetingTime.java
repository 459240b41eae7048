package dk.kl.partnerships.meeting.schedule;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When a meeting is, as planned: local start and end in a time zone (Danish time unless it says otherwise), and the
 * instants they mean — which shift with daylight saving time, the local times do not.
 */
public record MeetingTime(
        LocalDateTime startsAtLocal, LocalDateTime endsAtLocal, String timeZone, Instant startsAt, Instant endsAt) {

    public static MeetingTime of(LocalDateTime start, LocalDateTime end, String timeZone) {
        String zoneId = timeZone == null ? BusinessTime.ZONE_ID : timeZone;
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (RuntimeException e) {
            throw new InvalidFieldException("timeZone", "is not a known time zone: " + zoneId);
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
        return new MeetingTime(
                start,
                end,
                zoneId,
                start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant());
    }

    public LocalDate day() {
        return startsAtLocal.toLocalDate();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean overlaps(MeetingTime other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
