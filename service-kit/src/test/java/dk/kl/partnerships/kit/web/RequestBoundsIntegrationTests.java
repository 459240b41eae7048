package dk.kl.partnerships.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service accepts of a request, whatever the gateway in front of it does: bodies up to the
 * platform's size limit, dates within the platform's years, pages up to the last one.
 */
@IntegrationTest
class RequestBoundsIntegrationTests {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aBodyAboveTheLimitIsRefusedWith413() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = hugeJson();
        for (HttpRequest.BodyPublisher publisher : new HttpRequest.BodyPublisher[] {
            HttpRequest.BodyPublishers.ofByteArray(body),
            // no declared length: sent chunked
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
        }) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/counter"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + TestTokens.klAdmin())
                            .header("Content-Type", "application/json")
                            .POST(publisher)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("%.200s", response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonMapper.builder()
                            .build()
                            .readTree(response.body())
                            .get("status")
                            .asInt())
                    .isEqualTo(413);
        }
        assertThat(ApiClient.onPort(port)
                        .post("/api/counter", TestTokens.klAdmin(), Map.of("small", "body"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDateOutsideThePlatformsYearsIsRefusedNamingItsField() {
        ApiClient api = ApiClient.onPort(port);
        String token = TestTokens.klAdmin();

        assertThat(api.post("/api/dated", token, Map.of("on", "2026-03-01", "at", "2026-03-01T09:00:00"))
                        .status())
                .isEqualTo(200);
        Response farFuture = api.post("/api/dated", token, Map.of("on", "+99999-01-01"));
        assertRefused(farFuture, "on");
        assertThat(farFuture.json().at("/errors/0/message").asString()).isEqualTo(ApiDates.RULE);
        assertRefused(api.post("/api/dated", token, Map.of("on", "1999-12-31")), "on");
        assertRefused(api.post("/api/dated", token, Map.of("at", "2101-01-01T00:00:00")), "at");
        assertThat(api.get("/api/dated?from=2100-12-31", token).status()).isEqualTo(200);
        assertRefused(api.get("/api/dated?from=2101-01-01", token), "from");
        assertRefused(api.get("/api/dated?from=%2B99999-01-01", token), "from");
        assertRefused(api.get("/api/dated?from=0001-01-01", token), "from");
    }

    @Test
    void aPageBeyondTheLastIsRefusedNamingPage() {
        ApiClient api = ApiClient.onPort(port);
        String token = TestTokens.klAdmin();

        assertThat(api.get("/api/listed?page=" + PageResponse.MAX_PAGE + "&size=200", token)
                        .status())
                .isEqualTo(200);
        for (String page : new String[] {"10001", "2147483647", "99999999999", "-1"}) {
            assertRefused(api.get("/api/listed?size=200&page=" + page, token), "page");
        }
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
        if (!field.equals("page")) {
            assertThat(response.json().at("/errors/0/message").asString())
                    .as("refused for its bounds, not its form")
                    .isEqualTo(ApiDates.RULE);
        }
    }

    private static byte[] hugeJson() {
        byte[] body = new byte[FIVE_MB];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"text\":\"".getBytes();
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }
}
