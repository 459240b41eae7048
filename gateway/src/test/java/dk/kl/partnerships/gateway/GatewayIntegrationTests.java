package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway over real sockets in front of stand-in services: routing, what it forwards, what it
 * refuses before anything reaches a service, and how it fails when a service does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void eachPathGoesToTheServiceThatOwnsIt() throws Exception {
        String token = TestTokens.klAdmin();
        assertRoutedTo("/api/programmes/p1", token, "registration");
        assertRoutedTo("/api/programmes/p1/meeting-plan", token, "meeting");
        assertRoutedTo("/api/programmes/p1/benchmarks", token, "evaluation");
        assertRoutedTo("/api/programmes/p1/benchmarks.svg", token, "evaluation");
        assertRoutedTo("/api/meetings/m1", token, "meeting");
        assertRoutedTo("/api/meetings/m1/feedback", token, "evaluation");
        assertRoutedTo("/api/self-evaluations/s1", token, "evaluation");
        assertRoutedTo("/api/enrolments?programmeId=p1", token, "registration");
        assertRoutedTo("/api/audit-log?municipalityCode=630&programmeId=p1", token, "registration");
        assertRoutedTo("/api/participants/p1/personal-data", token, "registration");
    }

    @Test
    void theTokenIdempotencyKeyTraceContextAndARequestIdReachTheService() throws Exception {
        String path = "/api/enrolments/" + UUID.randomUUID() + "/withdrawal";
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> response = send(request(path, TestTokens.municipality("630"))
                .header("Idempotency-Key", "withdraw-once")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Byrådet\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        Upstreams.Received received = Upstreams.of(path).get(0);
        assertThat(received.header("Authorization")).startsWith("Bearer ");
        assertThat(received.header("Idempotency-Key")).isEqualTo("withdraw-once");
        assertThat(received.header("traceparent")).as("the trace continues").contains(traceId);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(received.header("X-Request-Id")).isEqualTo(requestId);

        HttpResponse<String> withOwnId = send(request("/api/programmes", TestTokens.klAdmin())
                .header("X-Request-Id", "support-case-4711")
                .GET());
        assertThat(withOwnId.headers().firstValue("X-Request-Id")).contains("support-case-4711");
    }

    static Stream<Arguments> refusedTokens() {
        return TestTokens.flawed(() -> TestTokens.builder(Role.KL_ADMIN)).entrySet().stream()
                .map(token -> Arguments.of(token.getKey(), token.getValue()));
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("refusedTokens")
    void aBadTokenIsRefusedBeforeAnythingReachesAService(String kind, String token) throws Exception {
        String path = "/api/programmes/" + UUID.randomUUID();

        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(Upstreams.of(path)).isEmpty();
    }

    static Stream<Arguments> callersWithoutAPlatformRole() {
        return TestTokens.withoutAPlatformRole().entrySet().stream()
                .map(caller -> Arguments.of(caller.getKey(), caller.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithoutAPlatformRole")
    void aCallerWithoutAPlatformRoleIsForbiddenBeforeAnythingReachesAService(String who, String token)
            throws Exception {
        for (String path : new String[] {
            "/api/programmes/" + UUID.randomUUID(),
            "/api/enrolments/" + UUID.randomUUID(),
            "/api/invoices/" + UUID.randomUUID(),
            "/api/self-evaluations/" + UUID.randomUUID(),
            "/api/meetings/" + UUID.randomUUID()
        }) {
            HttpResponse<String> response = send(request(path, token).GET());

            assertThat(response.statusCode()).as("%s at %s", who, path).isEqualTo(403);
            assertProblem(response);
            assertThat(Upstreams.of(path)).isEmpty();
        }
        // the open paths stay open to them
        assertThat(send(request("/api/calendars/630.ics?token=t", token).GET()).statusCode())
                .isNotIn(401, 403);
    }

    @Test
    void anUnknownRouteIsNotFound() throws Exception {
        HttpResponse<String> response =
                send(request("/api/no-such-resource", TestTokens.klAdmin()).GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response);
        assertThat(send(request("/api", TestTokens.klAdmin()).GET()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyPathOutsideTheApiGoesToTheWebClientWithTheBrowsersHostName() throws Exception {
        assertRoutedTo("/", null, "web");
        assertRoutedTo("/fakturaer/i1?side=2", null, "web");
        assertRoutedTo("/login/oauth2/code/partnerships?code=c&state=s", null, "web");

        Upstreams.Received received = Upstreams.of("/fakturaer/i1").get(0);
        assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + port);
    }

    @Test
    void aServiceThatIsDownIsUnavailableQuicklyAndOneThatHangsTimesOut() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> down =
                send(request("/api/invoices", TestTokens.finance()).GET());
        assertThat(down.statusCode()).isEqualTo(503);
        assertProblem(down);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));

        HttpResponse<String> hanging =
                send(request("/api/meetings/slow", TestTokens.klAdmin()).GET());
        assertThat(hanging.statusCode()).isEqualTo(504);
        assertProblem(hanging);
    }

    @Test
    void aBodyLargerThanAllowedIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] large = new byte[100 * 1024];
        HttpResponse<String> declared = send(request("/api/programmes", TestTokens.klAdmin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertProblem(declared);

        HttpResponse<String> chunked = send(request("/api/programmes", TestTokens.klAdmin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertProblem(chunked);
    }

    @Test
    void browsersFromAllowedOriginsMayCallTheApi() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(url("/api/programmes"))
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(allowed.headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElse("")
                        .toLowerCase())
                .contains("idempotency-key");

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(url("/api/programmes"))
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void oneOpenApiUiShowsEveryServicesDocument() throws Exception {
        HttpResponse<String> ui =
                send(HttpRequest.newBuilder(url("/swagger-ui.html")).GET());
        assertThat(ui.statusCode()).isIn(200, 302);
        HttpResponse<String> config =
                send(HttpRequest.newBuilder(url("/v3/api-docs/swagger-config")).GET());
        assertThat(config.body())
                .contains("/api-docs/registration", "/api-docs/meeting", "/api-docs/evaluation", "/api-docs/billing");
        HttpResponse<String> document =
                send(HttpRequest.newBuilder(url("/api-docs/evaluation")).GET());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"service\":\"evaluation\"").contains("\"path\":\"/v3/api-docs\"");
    }

    @Test
    void calendarFeedsPassWithoutABearerTokenForTheServiceToCheckTheirOwn() throws Exception {
        assertRoutedTo("/api/calendars/630.ics?token=abc", null, "meeting");
    }

    /**
     * A service closes a keep-alive connection that has been idle for its keep-alive timeout (Tomcat's, 60 s);
     * a request the gateway sends on such a connection just as it closes fails. The gateway's pool drops
     * idle connections well before the services do.
     */
    @Test
    void idleConnectionsToTheServicesAreDroppedBeforeTheServicesCloseThem(@Autowired HttpClientProperties client) {
        Duration servicesKeepAlive = Duration.ofSeconds(60);
        assertThat(client.getPool().getMaxIdleTime()).isNotNull().isLessThanOrEqualTo(servicesKeepAlive.dividedBy(2));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("partnerships_gateway_rate_limit_clients");
        assertThat(send(HttpRequest.newBuilder(url("/actuator/health")).GET()).statusCode())
                .isEqualTo(404);
        assertThat(http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + managementPort + "/actuator/env"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    /**
     * Every request is observed (its timer, and its span in the trace the service continues), but not each
     * security filter and authorization decision inside it: those observations were a tenth of the
     * gateway's processor time per request.
     */
    @Test
    void aRequestIsObservedButNotEachSecurityFilterInIt() throws Exception {
        assertRoutedTo("/api/programmes/observed", TestTokens.klAdmin(), "registration");
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
    }

    private void assertRoutedTo(String path, String token, String service) throws Exception {
        HttpResponse<String> response = send(request(path, token).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.body()).as(path).contains("\"service\":\"" + service + "\"");
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":" + response.statusCode())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("java.");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
