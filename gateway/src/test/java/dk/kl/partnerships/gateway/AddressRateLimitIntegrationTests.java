package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Requests that prove no identity are limited per address before their token is checked: over the
 * limit, no token and bad tokens alike get 429 instead of 401; a token already accepted still passes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partnerships.gateway.rate-limit.anonymous.burst=4",
            "partnerships.gateway.rate-limit.anonymous.requests-per-second=0.2"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AddressRateLimitIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFloodWithoutTokensGets429OnceOverTheLimit() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(send(null).statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429);
        assertThat(meters.counter("partnerships.gateway.rate-limited", "client", "address")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aFloodOfBadTokensGets429OnceOverTheLimitButAnAcceptedTokenStillPasses() throws Exception {
        String accepted = TestTokens.municipality("461");
        assertThat(send(accepted).statusCode()).isEqualTo(200);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(
                    send(TestTokens.builder(Role.KL_ADMIN).signedByStranger().sign())
                            .statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429);
        HttpResponse<String> refused = send("not-a-jwt");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(send(accepted).statusCode())
                .as("a token the gateway already accepted")
                .isEqualTo(200);
    }

    private HttpResponse<String> send(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/programmes"))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
