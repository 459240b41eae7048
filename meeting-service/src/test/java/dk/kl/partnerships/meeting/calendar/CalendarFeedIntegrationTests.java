package dk.kl.partnerships.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feeds as a calendar application subscribes to them: by URL with its token, and nothing more. */
class CalendarFeedIntegrationTests extends MeetingIntegrationTest {

    @Test
    void aMunicipalitysFeedHoldsItsConfirmedMeetingsAndShowsCancellations() throws Exception {
        World world = fixtures.world(List.of("420", "430"), 2);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(4).atTime(9, 0);
        String confirmed = themeDay(world, day, 1);
        String cancelled = themeDay(world, day.plusWeeks(1), 5);
        String waitingOnly = themeDay(world, day.plusWeeks(2), 1);
        String othersOnly = themeDay(world, day.plusWeeks(3), 5);
        fixtures.signUp(confirmed, world.participant("420", 0));
        fixtures.signUp(cancelled, world.participant("420", 0));
        fixtures.signUp(waitingOnly, world.participant("430", 0));
        fixtures.signUp(waitingOnly, world.participant("420", 1));
        fixtures.signUp(othersOnly, world.participant("430", 1));
        api.post("/api/meetings/" + cancelled + "/cancellation", TestTokens.klAdmin(), Map.of("reason", "Aflyst"));

        String url = api.get("/api/calendars/420/subscription", TestTokens.municipality("420"))
                .json()
                .get("url")
                .asString();
        Response feed = api.get(url, null);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Map<String, String> statusByUid = statusByUid(feed.body());
        assertThat(statusByUid)
                .containsOnly(
                        Map.entry(confirmed + "@partnerships.kl.dk", "CONFIRMED"),
                        Map.entry(cancelled + "@partnerships.kl.dk", "CANCELLED"));
        assertThat(api.get("/api/calendars/420.ics", TestTokens.municipality("420"))
                        .status())
                .as("signed in, the own feed needs no token")
                .isEqualTo(200);
    }

    @Test
    void aFeedIsNotFoundWithoutItsOwnTokenOrForAnotherMunicipality() {
        String url420 = api.get("/api/calendars/420/subscription", TestTokens.klAdmin())
                .json()
                .get("url")
                .asString();
        String token420 = url420.substring(url420.indexOf("token=") + 6);

        assertThat(api.get("/api/calendars/420.ics", null).status()).isEqualTo(404);
        assertThat(api.get("/api/calendars/430.ics?token=" + token420, null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/calendars/420.ics?token=" + token420.substring(1), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/calendars/420.ics", TestTokens.municipality("430"))
                        .status())
                .isEqualTo(404);
        Response othersSubscription = api.get("/api/calendars/420/subscription", TestTokens.municipality("430"));
        assertThat(othersSubscription.status()).isEqualTo(404);
        assertThat(othersSubscription.isProblem()).isTrue();
        assertThat(api.get("/api/calendars/420/subscription", null).status()).isEqualTo(401);
    }

    @Test
    void aNetworksFeedHoldsAllItsMeetings() throws Exception {
        World world = fixtures.world(List.of("440", "450"), 1);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(3).atTime(9, 0);
        String first = themeDay(world, day, 20);
        String second = themeDay(world, day.plusWeeks(4), 20);

        String url = api.get(
                        "/api/calendars/networks/" + world.networkId() + "/subscription",
                        TestTokens.municipality("440"))
                .json()
                .get("url")
                .asString();
        Response feed = api.get(url, null);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(statusByUid(feed.body()))
                .containsOnlyKeys(first + "@partnerships.kl.dk", second + "@partnerships.kl.dk");
        assertThat(api.get("/api/calendars/networks/" + world.networkId() + ".ics", null)
                        .status())
                .isEqualTo(404);
    }

    private String themeDay(World world, LocalDateTime startsAt, int capacity) {
        return fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", startsAt, MeetingFixtures.venue(), capacity));
    }

    private static Map<String, String> statusByUid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream()
                .collect(java.util.stream.Collectors.toMap(
                        event -> event.getProperty(Property.UID).orElseThrow().getValue(),
                        event -> event.getStatus().getValue()));
    }
}
