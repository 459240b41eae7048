package dk.kl.partnerships.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class IdempotencyKeysIntegrationTests {

    @LocalServerPort
    int port;

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
