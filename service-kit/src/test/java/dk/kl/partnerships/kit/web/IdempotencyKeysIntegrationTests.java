package dk.kl.partnerships.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.sample.CounterController;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class IdempotencyKeysIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepeatedRequestReturnsTheFirstResponseAndHasNoSecondEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.klAdmin();

        HttpResponse<String> first = post(key, token, "{\"a\":1}");
        HttpResponse<String> again = post(key, token, "{\"a\":1}");
        HttpResponse<String> withoutKey = post(null, token, "{\"a\":1}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(withoutKey.body()).isNotEqualTo(first.body());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.klAdmin();
        post(key, token, "{\"a\":1}");

        HttpResponse<String> other = post(key, token, "{\"a\":2}");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> mine = post(key, TestTokens.municipality("101"), "{\"a\":1}");
        HttpResponse<String> theirs = post(key, TestTokens.municipality("147"), "{\"a\":1}");

        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.body()).isNotEqualTo(mine.body());
    }

    @Test
    void aKeyWhoseFirstAttemptDiedIsExecutedAgainAndNeverStaysInProgress() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.klAdmin();
        Instant started = Instant.now();
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> send("/api/counter/slow", key, token, "{\"a\":1}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> inProgressSince(started) == 1);

        HttpResponse<String> whileRunning = send("/api/counter/slow", key, token, "{\"a\":1}");
        assertThat(whileRunning.statusCode()).isEqualTo(409);
        assertThat(whileRunning.headers().firstValue("Retry-After"))
                .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds))
                        .isBetween(1, (int) IdempotencyKeys.CLAIM.toSeconds() + 1));

        // As a process killed mid-request leaves its key: claimed by an attempt that no longer renews it.
        mongo.getCollection(IdempotencyKeys.COLLECTION)
                .updateMany(
                        new Document("state", "IN_PROGRESS")
                                .append("createdAt", new Document("$gte", Date.from(started))),
                        new Document(
                                "$set", new Document("attempt", "died").append("claimedUntil", Date.from(started))));
        CounterController.SLOW.release(2); // the first attempt and the one after the crash
        HttpResponse<String> afterTheCrash = send("/api/counter/slow", key, token, "{\"a\":1}");
        first.get(30, TimeUnit.SECONDS);
        HttpResponse<String> repeated = send("/api/counter/slow", key, token, "{\"a\":1}");

        assertThat(afterTheCrash.statusCode()).isEqualTo(201);
        assertThat(afterTheCrash.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(repeated.body()).isEqualTo(afterTheCrash.body());
    }

    private long inProgressSince(Instant started) {
        return mongo.getCollection(IdempotencyKeys.COLLECTION)
                .countDocuments(new Document("state", "IN_PROGRESS")
                        .append("createdAt", new Document("$gte", Date.from(started))));
    }

    private HttpResponse<String> send(String path, String key, String token, String body) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String key, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/counter"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
