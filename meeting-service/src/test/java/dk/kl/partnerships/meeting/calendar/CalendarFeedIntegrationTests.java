package dk.kl.partnerships.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.test.TestTokens;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The feeds as a calendar application subscribes to them: by URL with its token, and nothing more;
 * until the URL expires or its municipality revokes it; and the token kept out of traces and logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedIntegrationTests extends MeetingIntegrationTest {

    @Autowired
    private ObservationRegistry observations;

    @Test
    void aSubscriptionUrlStopsWorkingWhenItExpires() {
        JsonNode subscription = api.get("/api/calendars/479/subscription", TestTokens.municipality("479"))
                .json();
        String url = subscription.get("url").asString();
        assertThat(Instant.parse(subscription.get("expiresAt").asString()))
                .isBetween(
                        clock.instant().plus(Duration.ofDays(364)),
                        clock.instant().plus(Duration.ofDays(366)));
        assertThat(api.get(url, null).status()).isEqualTo(200);

        clock.advance(Period.ofDays(366));

        assertThat(api.get(url, null).status()).isEqualTo(404);
        assertThat(api.get(
                                api.get("/api/calendars/479/subscription", TestTokens.municipality("479"))
                                        .json()
                                        .get("url")
                                        .asString(),
                                null)
                        .status())
                .as("a URL handed out now works")
                .isEqualTo(200);
    }

    @Test
    void aMunicipalityRevokesItsFeedUrlsAndOnlyUrlsHandedOutAfterwardsWork() {
        String first = subscriptionUrl("480", TestTokens.municipality("480"));
        String second = subscriptionUrl("480", TestTokens.klAdmin());
        String neighbours = subscriptionUrl("482", TestTokens.municipality("482"));

        assertThat(api.post("/api/calendars/480/revocation", TestTokens.municipality("482"), Map.of())
                        .status())
                .as("another municipality's feed is not found")
                .isEqualTo(404);
        assertThat(api.get(first, null).status()).isEqualTo(200);
        assertThat(api.post("/api/calendars/480/revocation", TestTokens.municipality("480"), Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(api.get(first, null).status()).isEqualTo(404);
        assertThat(api.get(second, null).status()).isEqualTo(404);
        assertThat(api.get(neighbours, null).status())
                .as("other feeds keep their URLs")
                .isEqualTo(200);
        assertThat(api.get(subscriptionUrl("480", TestTokens.municipality("480")), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void financeMayNeitherHaveFeedUrlsNorRevokeThem() {
        World world = fixtures.world(List.of("492"), 1);
        for (String path : List.of(
                "/api/calendars/492/subscription", "/api/calendars/networks/" + world.networkId() + "/subscription")) {
            assertThat(api.get(path, TestTokens.finance()).status()).as(path).isEqualTo(403);
        }
        assertThat(api.post("/api/calendars/492/revocation", TestTokens.finance(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/calendars/networks/" + world.networkId() + "/revocation",
                                TestTokens.municipality("492"),
                                Map.of())
                        .status())
                .as("a network's URLs are KL's to revoke")
                .isEqualTo(403);
    }

    @Test
    void klRevokesANetworksFeedUrls() {
        World world = fixtures.world(List.of("510"), 1);
        String url = api.get(
                        "/api/calendars/networks/" + world.networkId() + "/subscription",
                        TestTokens.municipality("510"))
                .json()
                .get("url")
                .asString();
        assertThat(api.get(url, null).status()).isEqualTo(200);

        assertThat(api.post(
                                "/api/calendars/networks/" + world.networkId() + "/revocation",
                                TestTokens.klAdmin(),
                                Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(api.get(url, null).status()).isEqualTo(404);
    }

    @Test
    void feedTokensReachNeitherTracesNorLogs(CapturedOutput output) {
        List<String> recorded = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                if (recording.get()) {
                    recorded.add(context.getContextualName() + " " + context.getAllKeyValues());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        String url = subscriptionUrl("540", TestTokens.municipality("540"));
        String token = url.substring(url.indexOf("token=") + 6);

        assertThat(api.get(url, null).status()).isEqualTo(200);
        assertThat(api.get("/api/calendars/427.ics?token=" + token, null).status())
                .isEqualTo(404);
        api.post("/api/calendars/540/revocation", TestTokens.municipality("540"), Map.of());
        assertThat(api.get(url, null).status()).isEqualTo(404);
        recording.set(false);

        assertThat(recorded).anyMatch(observation -> observation.contains("/api/calendars/"));
        assertThat(recorded).noneMatch(observation -> observation.contains(token));
        assertThat(output.getAll()).doesNotContain(token);
    }

    private String subscriptionUrl(String code, String bearer) {
        Response response = api.get("/api/calendars/" + code + "/subscription", bearer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("url").asString();
    }

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
        // a token without a platform role is no better than none
        for (String roleless : List.of(
                TestTokens.builder().sign(),
                TestTokens.builder(Role.MUNICIPALITY).sign())) {
            assertThat(api.get("/api/calendars/networks/" + world.networkId() + ".ics", roleless)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/calendars/440.ics", roleless).status()).isEqualTo(404);
        }
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
