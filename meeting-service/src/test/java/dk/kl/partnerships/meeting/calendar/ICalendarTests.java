package dk.kl.partnerships.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.meeting.schedule.AgendaItem;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingDetails;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import dk.kl.partnerships.meeting.schedule.Venue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * The feeds read back with a real iCalendar library (ical4j): valid, with the same instants once
 * local times are resolved through the feed's own VTIMEZONE definitions, stable UIDs and
 * cancellations.
 */
class ICalendarTests {

    private static final ICalendar.Organizer ORGANIZER =
            new ICalendar.Organizer("KL: Partnerskaber", "partnerskaber@kl.dk");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int NEXT_YEAR = LocalDate.now(BusinessTime.ZONE).getYear() + 1;
    private static final LocalDate SUMMER_TIME_STARTS =
            LocalDate.of(NEXT_YEAR, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    private static final LocalDate WINTER_TIME_STARTS =
            LocalDate.of(NEXT_YEAR, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));

    @Test
    void localTimesResolveThroughTheFeedsOwnTimeZonesToTheSameInstants() throws Exception {
        List<Meeting> meetings = List.of(
                meeting("Temadag i januar", LocalDate.of(NEXT_YEAR, 1, 14).atTime(9, 0), BusinessTime.ZONE_ID),
                meeting("Dagen før sommertid", SUMMER_TIME_STARTS.minusDays(1).atTime(10, 0), BusinessTime.ZONE_ID),
                meeting("Dagen efter sommertid", SUMMER_TIME_STARTS.atTime(10, 0), BusinessTime.ZONE_ID),
                meeting(
                        "Sidste dag med sommertid",
                        WINTER_TIME_STARTS.minusDays(1).atTime(10, 0),
                        BusinessTime.ZONE_ID),
                meeting("Første dag med vintertid", WINTER_TIME_STARTS.atTime(10, 0), BusinessTime.ZONE_ID),
                meeting("Study trip", LocalDate.of(NEXT_YEAR, 3, 20).atTime(9, 0), "America/New_York"),
                meeting("Nordic seminar", LocalDate.of(NEXT_YEAR, 11, 2).atTime(9, 0), "Atlantic/Reykjavik"));

        Calendar calendar = parse(ICalendar.feed("Odense", ORGANIZER, meetings, Instant.now()));

        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(meetings.size());
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones)
                .extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly(BusinessTime.ZONE_ID, "America/New_York", "Atlantic/Reykjavik");
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            VEvent event = events.get(i);
            assertThat(event.getSummary().getValue()).isEqualTo(meeting.title());
            assertThat(instant(event.getDateTimeStart(), zones))
                    .as(meeting.title())
                    .isEqualTo(meeting.time().startsAt());
            assertThat(instant(event.getDateTimeEnd(), zones))
                    .as(meeting.title())
                    .isEqualTo(meeting.time().endsAt());
        }
    }

    @Test
    void aCancelledMeetingKeepsItsUidAndIsMarkedCancelledWithAHigherSequence() throws Exception {
        Meeting meeting = meeting("Temadag", LocalDate.of(NEXT_YEAR, 2, 3).atTime(9, 0), BusinessTime.ZONE_ID);
        VEvent before = single(parse(ICalendar.feed("Netværk", ORGANIZER, List.of(meeting), Instant.now())));

        meeting.cancel("Aflyst pga. sygdom", Instant.now());
        VEvent after = single(parse(ICalendar.feed(
                "Netværk", ORGANIZER, List.of(meeting), Instant.now().plusSeconds(60))));

        assertThat(uid(before)).isEqualTo(meeting.id() + "@partnerships.kl.dk").isEqualTo(uid(after));
        assertThat(before.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(after.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(after.getSequence().getSequenceNo())
                .isGreaterThan(before.getSequence().getSequenceNo());
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingCharacters() throws Exception {
        String title = "Tværgående seminar; faglig ledelse, evalueringskultur og æøå-tegn i en meget lang titel "
                + "der skal foldes over flere linjer i kalenderen";
        Meeting meeting = meeting(title, LocalDate.of(NEXT_YEAR, 5, 4).atTime(9, 0), BusinessTime.ZONE_ID);

        byte[] feed = ICalendar.feed("KL's møder, 2027", ORGANIZER, List.of(meeting), Instant.now());

        String text = new String(feed, StandardCharsets.UTF_8);
        assertThat(text).contains("SUMMARY:Tværgående seminar\\; faglig ledelse\\, evalueringskultur");
        assertThat(text.split("\r\n", -1))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).doesNotContain("\uFFFD");
        VEvent event = single(parse(feed));
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).isEqualTo("09:30 Velkomst; program (KL)\n10:00 Oplæg, med debat");
        assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, Flakhaven 2, 5000 Odense C");
        assertThat(event.getOrganizer().getCalAddress().toString()).isEqualTo("mailto:partnerskaber@kl.dk");
        assertThat(event.getOrganizer().getRequiredParameter(Parameter.CN).getValue())
                .isEqualTo("KL: Partnerskaber");
    }

    private static Meeting meeting(String title, LocalDateTime start, String zone) {
        MeetingTime time = MeetingTime.of(start, start.plusHours(6), zone);
        return Meeting.schedule(
                UUID.randomUUID().toString(),
                "programme",
                "network",
                MeetingKind.THEME_DAY,
                new MeetingDetails(
                        title,
                        time,
                        new Venue("Rådhuset", "Flakhaven 2, 5000 Odense C", "461"),
                        40,
                        null,
                        List.of(
                                new AgendaItem(LocalTime.of(9, 30), "Velkomst; program", "KL"),
                                new AgendaItem(LocalTime.of(10, 0), "Oplæg, med debat", null)),
                        null),
                time.startsAt().minus(Duration.ofDays(30)));
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static Calendar parse(byte[] feed) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(feed));
    }

    private static VEvent single(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /**
     * The instant a DTSTART/DTEND means by the feed's own VTIMEZONE of its TZID: the offset whose
     * instant falls in an observance with that very offset.
     */
    private static Instant instant(DateProperty<?> property, List<VTimeZone> zones) {
        String tzid = property.getRequiredParameter(Parameter.TZID).getValue();
        LocalDateTime local = LocalDateTime.parse(property.getValue(), LOCAL);
        VTimeZone zone = zones.stream()
                .filter(z -> z.getTimeZoneId().getValue().equals(tzid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VTIMEZONE for " + tzid));
        List<Instant> consistent = zone.getObservances().stream()
                .map(observance -> observance.getTimeZoneOffsetTo().getOffset())
                .distinct()
                .filter(offset -> zone.getApplicableObservance(local.atOffset(offset))
                        .getTimeZoneOffsetTo()
                        .getOffset()
                        .equals(offset))
                .map(local::toInstant)
                .toList();
        assertThat(consistent).as(tzid + " " + local).hasSize(1);
        return consistent.get(0);
    }
}
