package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.security.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A client over its rate gets 429 with Retry-After; other clients are not affected. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partnerships.gateway.rate-limit.burst=5",
            "partnerships.gateway.rate-limit.requests-per-second=0.5"
        })
class RateLimitIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aClientOverItsRateIsToldWhenToComeBack() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String busy = TestTokens.municipality("461");
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            responses.add(http.send(get("/api/programmes", busy), HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200, 200, 200, 429, 429);
        HttpResponse<String> refused = responses.get(5);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 2);
        assertThat(responses.get(0).headers().firstValue("RateLimit-Remaining")).contains("4");
        assertThat(http.send(
                                get("/api/programmes", TestTokens.municipality("479")),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("another client")
                .isEqualTo(200);
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }
}
