package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calendar subscription URLs as a calendar application uses them through the gateway: they stop
 * working when they expire or when their municipality revokes them, and finance cannot have one.
 */
class CalendarFeedSystemTests {

    private static final String OWN = "461";

    static Platform platform;
    static Client client;
    static Client direct;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        direct = new Client(platform);
        client = direct.viaGateway();
    }

    @Test
    void aRevokedFeedUrlIsNotFoundAndANewOneWorks() {
        String coordinator = client.token("MUNICIPALITY", OWN);
        String before = url(client.get(Platform.MEETING, "/api/calendars/" + OWN + "/subscription", coordinator)
                .expect(200)
                .json());
        assertThat(client.get(Platform.MEETING, before, null).status()).isEqualTo(200);

        client.post(Platform.MEETING, "/api/calendars/" + OWN + "/revocation", coordinator, Map.of())
                .expect(204);

        assertThat(client.get(Platform.MEETING, before, null).status()).isEqualTo(404);
        String after = url(client.get(Platform.MEETING, "/api/calendars/" + OWN + "/subscription", coordinator)
                .expect(200)
                .json());
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get(Platform.MEETING, after, null).status()).isEqualTo(200);
        assertThat(client.get(Platform.MEETING, before, null).status())
                .as("the revoked URL stays revoked")
                .isEqualTo(404);
    }

    @Test
    void anExpiredFeedUrlIsNotFoundEverywhere() {
        // an instance of its own hands out URLs that last a few seconds; every instance checks them alike
        String shortLived = platform.startInstance(Platform.MEETING, "--partnerships.calendar.feed-lifetime=10s");
        try {
            JsonNode subscription = direct.get(
                            shortLived, "/api/calendars/" + OWN + "/subscription", client.token("KL_ADMIN", null))
                    .expect(200)
                    .json();
            String url = url(subscription);
            Instant expiresAt = Instant.parse(subscription.get("expiresAt").asString());
            assertThat(expiresAt).isBefore(Instant.now().plusSeconds(11));
            int whileValid = client.get(Platform.MEETING, url, null).status();
            if (Instant.now().isBefore(expiresAt.minusSeconds(1))) {
                assertThat(whileValid)
                        .as("valid through the gateway until it expires")
                        .isEqualTo(200);
            }

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Instant.now().isAfter(expiresAt.plusSeconds(1)));

            assertThat(client.get(Platform.MEETING, url, null).status()).isEqualTo(404);
            assertThat(direct.get(shortLived, url, null).status()).isEqualTo(404);
        } finally {
            platform.removeInstance(Platform.MEETING, shortLived);
        }
    }

    @Test
    void financeCannotHaveFeedUrlsNorRevokeThem() {
        String finance = client.token("FINANCE", null);
        assertThat(client.get(Platform.MEETING, "/api/calendars/" + OWN + "/subscription", finance)
                        .status())
                .isEqualTo(403);
        assertThat(client.post(Platform.MEETING, "/api/calendars/" + OWN + "/revocation", finance, Map.of())
                        .status())
                .isEqualTo(403);
    }

    private static String url(JsonNode subscription) {
        return subscription.get("url").asString();
    }
}
