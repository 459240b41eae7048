package dk.kl.partnerships.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.test.TestTokens;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void aValidTokenIdentifiesTheCaller() {
        Response response = ApiClient.onPort(port).get("/api/whoami", TestTokens.municipality("630"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("municipalityCode").asString()).isEqualTo("630");
        assertThat(response.json().get("roles").get(0).asString()).isEqualTo("MUNICIPALITY");
    }

    static Stream<Arguments> refusedTokens() {
        return TestTokens.flawed(() -> TestTokens.builder(Role.KL_ADMIN)).entrySet().stream()
                .map(token -> Arguments.of(token.getKey(), token.getValue()));
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("refusedTokens")
    void invalidTokensAreRefusedWithAProblem(String kind, String token) {
        Response response = ApiClient.onPort(port).get("/api/whoami", token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("title").asString()).isEqualTo("Authentication required");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aRoleThatIsNotAllowedIsForbiddenWithAProblem() {
        ApiClient api = ApiClient.onPort(port);

        Response forbidden = api.get("/api/admin-only", TestTokens.municipality("630"));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.isProblem()).isTrue();
        assertThat(api.get("/api/admin-only", TestTokens.klAdmin()).status()).isEqualTo(200);
    }

    static Stream<Arguments> callersWithoutAPlatformRole() {
        return TestTokens.withoutAPlatformRole().entrySet().stream()
                .map(caller -> Arguments.of(caller.getKey(), caller.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithoutAPlatformRole")
    void aCallerWithoutAPlatformRoleIsForbiddenEverywhere(String who, String token) {
        ApiClient api = ApiClient.onPort(port);

        for (String path : new String[] {"/api/whoami", "/api/admin-only", "/api/listed", "/api/no-such-route"}) {
            Response forbidden = api.get(path, token);

            assertThat(forbidden.status())
                    .as("%s at %s: %s", who, path, forbidden)
                    .isEqualTo(403);
            assertThat(forbidden.isProblem()).isTrue();
            assertThat(forbidden.json().get("status").asInt()).isEqualTo(403);
        }
        assertThat(api.post("/api/counter", token, Map.of("a", 1)).status()).isEqualTo(403);
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndNeedNoToken() {
        ApiClient management = ApiClient.onPort(managementPort);

        Response health = management.get("/actuator/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus", null).body()).contains("partnerships_outbox_backlog");
        assertThat(management.get("/actuator/env", TestTokens.klAdmin()).status())
                .as("nothing but health and metrics")
                .isEqualTo(404);
        assertThat(management.get("/actuator/info", TestTokens.klAdmin()).status())
                .isEqualTo(404);
        assertThat(ApiClient.onPort(port)
                        .get("/actuator/health", TestTokens.klAdmin())
                        .status())
                .as("not on the API's port")
                .isEqualTo(404);
    }
}
