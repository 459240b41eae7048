package dk.kl.partnerships.meeting.calendar;

import dk.kl.partnerships.meeting.schedule.AgendaItem;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * iCalendar (RFC 5545) feeds of meetings: one VEVENT per meeting with a stable UID, local times
 * with their VTIMEZONE (built from the zone's current daylight-saving rules), SEQUENCE growing with
 * every rescheduling and {@code STATUS:CANCELLED} for cancelled meetings. Text is escaped and
 * lines folded at 75 octets, ended by CRLF.
 */
final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private ICalendar() {}

    public static byte[] feed(String name, Organizer organizer, List<Meeting> meetings, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//KL//Partnership platform//DA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        Set<String> zones = new LinkedHashSet<>();
        meetings.forEach(m -> zones.add(m.time().timeZone()));
        zones.forEach(zone -> timeZone(ics, ZoneId.of(zone), now));
        for (Meeting meeting : meetings) {
            event(ics, meeting, organizer, now);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder ics, Meeting meeting, Organizer organizer, Instant now) {
        MeetingTime time = meeting.time();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + meeting.calendarUid());
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "SEQUENCE:" + meeting.calendarSequence());
        line(ics, "DTSTART;TZID=" + time.timeZone() + ":" + LOCAL.format(time.startsAtLocal()));
        line(ics, "DTEND;TZID=" + time.timeZone() + ":" + LOCAL.format(time.endsAtLocal()));
        line(ics, "ORGANIZER;CN=" + parameter(organizer.name()) + ":mailto:" + organizer.email());
        line(ics, "SUMMARY:" + text(meeting.title()));
        line(
                ics,
                "LOCATION:"
                        + text(meeting.venue().name() + ", " + meeting.venue().address()));
        if (!meeting.agenda().isEmpty()) {
            StringBuilder agenda = new StringBuilder();
            for (AgendaItem item : meeting.agenda()) {
                agenda.append(item.time())
                        .append(' ')
                        .append(item.title())
                        .append(item.speaker() == null ? "" : " (" + item.speaker() + ")")
                        .append('\n');
            }
            line(ics, "DESCRIPTION:" + text(agenda.toString().trim()));
        }
        line(ics, "STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
    }

    /** VTIMEZONE with the zone's current yearly rules, or its fixed offset if it has none. */
    private static void timeZone(StringBuilder ics, ZoneId zone, Instant now) {
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> rules = zone.getRules().getTransitionRules();
        if (rules.isEmpty()) {
            ZoneOffset offset = zone.getRules().getOffset(now);
            component(
                    ics,
                    "STANDARD",
                    offset,
                    offset,
                    zone.getDisplayName(TextStyle.SHORT, Locale.ROOT),
                    LocalDateTime.of(1970, 1, 1, 0, 0),
                    null);
        } else {
            for (ZoneOffsetTransitionRule rule : rules) {
                boolean daylight = rule.getOffsetAfter().getTotalSeconds()
                        > rule.getStandardOffset().getTotalSeconds();
                LocalDateTime start = rule.createTransition(1970).getDateTimeBefore();
                String rrule = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule);
                component(
                        ics,
                        daylight ? "DAYLIGHT" : "STANDARD",
                        rule.getOffsetBefore(),
                        rule.getOffsetAfter(),
                        shortName(zone, daylight),
                        start,
                        rrule);
            }
        }
        line(ics, "END:VTIMEZONE");
    }

    /**
     * The day of the rule: "the Sunday on or after the 25th" of a 31-day month is its last Sunday
     * ({@code -1SU}), "on or after the 8th" its second ({@code 2SU}); a rule without a weekday is a
     * fixed day of the month.
     */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        int dayOfMonth = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "BYMONTHDAY=" + dayOfMonth;
        }
        String day = DAYS[rule.getDayOfWeek().getValue() - 1];
        boolean lastWeek = dayOfMonth < 0 || dayOfMonth + 6 >= rule.getMonth().minLength();
        return "BYDAY=" + (lastWeek ? "-1" : String.valueOf((dayOfMonth + 6) / 7)) + day;
    }

    private static String shortName(ZoneId zone, boolean daylight) {
        Instant probe = daylight ? Instant.parse("2001-07-01T12:00:00Z") : Instant.parse("2001-01-01T12:00:00Z");
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).withZone(zone).format(probe);
    }

    private static void component(
            StringBuilder ics,
            String kind,
            ZoneOffset from,
            ZoneOffset to,
            String name,
            LocalDateTime start,
            String rrule) {
        line(ics, "BEGIN:" + kind);
        line(ics, "TZOFFSETFROM:" + offset(from));
        line(ics, "TZOFFSETTO:" + offset(to));
        line(ics, "TZNAME:" + name);
        line(ics, "DTSTART:" + LOCAL.format(start));
        if (rrule != null) {
            line(ics, "RRULE:" + rrule);
        }
        line(ics, "END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        return (seconds < 0 ? "-" : "+")
                + "%02d%02d".formatted(Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
    }

    /** TEXT values: backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Parameter values with characters that end a parameter are quoted; quotes cannot occur in them. */
    static String parameter(String value) {
        String plain = value.replace("\"", "'");
        return plain.matches(".*[;:,].*") ? "\"" + plain + "\"" : plain;
    }

    /** Who organises the meetings: the CN and mailto address of ORGANIZER, required when publishing. */
    public record Organizer(String name, String email) {}

    /** A content line, folded so no physical line exceeds 75 octets. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                ics.append(' ');
            }
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
