package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What operations staff rely on, checked with the real thing: a Prometheus server (the one on the
 * machine's PATH, e.g. Debian's package) scrapes every service with the alert rules of
 * {@code deploy/prometheus}, the platform does some work, and Prometheus' HTTP API shows the business
 * figures and the outbox arriving — and a stopped billing-service as a pending "service down" alert.
 * One request's trace id is followed from the gateway through registration, across Kafka, into
 * billing's JSON log and its own event.
 */
class OperationsSystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A metric name in PromQL: followed by its labels, a range or the end of an aggregation. */
    private static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9]*_[a-z0-9_]+|up)\\s*(?=[{\\[)])");

    private static final List<String> SCRAPED = List.of(
            Platform.GATEWAY,
            Platform.REGISTRATION,
            Platform.MEETING,
            Platform.EVALUATION,
            Platform.BILLING,
            Platform.NOTIFICATION);

    static Platform platform;
    static Client api;
    static Scenario scenario;
    static Process prometheus;
    static String prometheusUrl;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> binary = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(directory -> Path.of(directory, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
        Assumptions.assumeTrue(binary.isPresent(), "No prometheus on the PATH (.ci/run installs Debian's package)");
        platform = Platform.everything();
        api = new Client(platform).viaGateway();
        scenario = new Scenario(api);

        Path home = Files.createTempDirectory("prometheus-");
        Path rules = Path.of(System.getProperty("partnerships.deploy"), "prometheus", "rules", "partnerships.yml");
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                """.formatted(rules.toAbsolutePath()));
        for (String service : SCRAPED) {
            config.append("""
                      - job_name: %s
                        metrics_path: /actuator/prometheus
                        static_configs:
                          - targets: ["%s"]
                    """.formatted(service, platform.managementUrl(service).substring("http://".length())));
        }
        Files.writeString(home.resolve("prometheus.yml"), config);
        int port = Platform.freePort();
        prometheusUrl = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder(
                        binary.get().toString(),
                        "--config.file=" + home.resolve("prometheus.yml"),
                        "--storage.tsdb.path=" + home.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("prometheus.log").toFile())
                .start();
        eventually("Prometheus ready")
                .until(() -> fetch(prometheusUrl + "/-/ready").isPresent());
    }

    @AfterAll
    static void stop() {
        if (prometheus != null) {
            prometheus.destroy();
        }
    }

    @Test
    void businessFiguresAndTheOutboxReachPrometheusAndAStoppedServiceRaisesTheDownAlert() {
        for (String service : SCRAPED) {
            eventually(service + " scraped")
                    .until(() -> value("up{job=\"" + service + "\"}")
                            .filter(v -> v == 1)
                            .isPresent());
        }
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        for (String code : List.of("147", "151", "153")) {
            scenario.joined(programme, code);
        }

        eventually("joined enrolments counted")
                .until(() -> value("max(partnerships_enrolments{state=\"JOINED\"})")
                        .filter(v -> v >= 3)
                        .isPresent());
        eventually("events published through the outbox")
                .until(() -> value(
                                "sum(partnerships_outbox_published_total{application=\"registration-service\",event=\"MunicipalityJoined\"})")
                        .filter(v -> v >= 3)
                        .isPresent());
        eventually("events consumed by billing")
                .until(() -> value(
                                "sum(partnerships_events_consumed_total{application=\"billing-service\",event=\"MunicipalityJoined\",outcome=\"processed\"})")
                        .filter(v -> v >= 3)
                        .isPresent());
        eventually("invoices counted")
                .until(() -> value("max(partnerships_invoices{status=\"ISSUED\"})")
                        .filter(v -> v >= 3)
                        .isPresent());
        // three networks at 45,000.00 + 25 % VAT
        eventually("gross amount invoiced")
                .until(() -> value("sum(partnerships_invoices_gross_dkk_total{application=\"billing-service\"})")
                        .filter(v -> v >= 168_750)
                        .isPresent());
        eventually("self-evaluations requested")
                .until(() -> value("max(partnerships_self_evaluations{status=\"OPEN\"})")
                        .filter(v -> v >= 3)
                        .isPresent());
        for (String service : List.of(Platform.REGISTRATION, Platform.MEETING, Platform.EVALUATION, Platform.BILLING)) {
            eventually("outbox backlog of " + service)
                    .until(() -> value("partnerships_outbox_backlog{application=\"" + service + "\"}")
                            .isPresent());
            eventually("oldest unsent event of " + service)
                    .until(() -> value("partnerships_outbox_oldest_age_seconds{application=\"" + service + "\"}")
                            .isPresent());
        }
        eventually("no number gap")
                .until(() -> value("max(partnerships_billing_number_gaps)")
                        .filter(v -> v == 0)
                        .isPresent());

        platform.kill(Platform.BILLING);
        try {
            eventually("billing-service down alert pending")
                    .until(() -> alerts().anyMatch(alert ->
                            alert.at("/labels/alertname").asString().equals("PartnershipsServiceDown")
                                    && alert.at("/labels/job").asString().equals(Platform.BILLING)
                                    && alert.get("state").asString().equals("pending")));
            assertThat(alerts().filter(alert ->
                            alert.at("/labels/alertname").asString().equals("PartnershipsServiceDown")))
                    .as("only the stopped service is down")
                    .allSatisfy(alert ->
                            assertThat(alert.at("/labels/job").asString()).isEqualTo(Platform.BILLING));
        } finally {
            platform.restart(Platform.BILLING);
        }
    }

    /** Every metric the alert rules and dashboards name is one the platform really exposes. */
    @Test
    void theAlertRulesAndDashboardsNameOnlyMetricsThatExist() throws IOException {
        Path deploy = Path.of(System.getProperty("partnerships.deploy"));
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.list(deploy.resolve("prometheus").resolve("rules")),
                Files.list(deploy.resolve("grafana").resolve("dashboards")))) {
            for (Path file : files.toList()) {
                Matcher metric = METRIC.matcher(Files.readString(file));
                while (metric.find()) {
                    named.add(metric.group(1));
                }
            }
        }
        assertThat(named).contains("partnerships_outbox_backlog", "spring_cloud_stream_binder_kafka_offset");
        // counted from the first event that is dead-lettered (SecuritySystemTests and the kit's tests make some)
        named.remove("partnerships_events_dead_lettered_total");
        scenario.joined(scenario.publishedProgramme("NETWORK", "45000.00"), "157");
        for (String metric : named) {
            eventually(metric + " in Prometheus")
                    .until(() -> value("count(" + metric + ")").isPresent());
        }
    }

    @Test
    void oneTraceFollowsARequestFromTheGatewayAcrossKafkaIntoTheConsumingServices() throws IOException {
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        // Billing knows the programme before the traced joining arrives: a joining that comes first (the
        // topics are not ordered among each other) is invoiced when the programme arrives, in its trace.
        String first = "153";
        scenario.joined(programme, first);
        try (EventLog invoices = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            assertThat(invoices.await(
                            e -> e.is("InvoiceIssued")
                                    && e.key().equals(first)
                                    && e.payload().contains(programme),
                            1,
                            EVENTUALLY))
                    .as("billing has the programme")
                    .hasSize(1);
        }
        String code = "155";
        String enrolment = scenario.interested(programme, code);
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        api.send(
                        "POST",
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolment + "/approval",
                        api.token("MUNICIPALITY", code),
                        Map.of(
                                "decisionDate",
                                LocalDate.now(BusinessTime.ZONE).toString(),
                                "caseReference",
                                "SAG-" + code),
                        Map.of("traceparent", "00-" + traceId + "-" + hex.formatHex(randomBytes(8)) + "-01"))
                .expect(200);

        try (EventLog events =
                new EventLog(platform.kafka(), Topic.ENROLMENTS.topicName(), Topic.INVOICES.topicName())) {
            Predicate<EventLog.Event> joined =
                    e -> e.is("MunicipalityJoined") && e.payload().contains(enrolment);
            Predicate<EventLog.Event> invoiced = e ->
                    e.is("InvoiceIssued") && e.key().equals(code) && e.payload().contains(programme);
            assertThat(events.await(joined, 1, EVENTUALLY))
                    .singleElement()
                    .satisfies(e -> assertThat(e.traceparent()).contains(traceId));
            assertThat(events.await(invoiced, 1, EVENTUALLY))
                    .as("billing carried the trace into its own event")
                    .singleElement()
                    .satisfies(e -> assertThat(e.traceparent()).contains(traceId));
        }
        // Whichever of billing's instances consumed the event logged it.
        List<JsonNode> traced = new java.util.ArrayList<>();
        for (String instance : platform.instances(Platform.BILLING)) {
            try (Stream<String> lines = Files.lines(platform.service(instance).log())) {
                lines.filter(line -> line.startsWith("{") && line.contains(traceId))
                        .map(Client.JSON::readTree)
                        .forEach(traced::add);
            }
        }
        assertThat(traced)
                .as("billing's JSON log lines of the trace")
                .isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.get("traceId").asString()).isEqualTo(traceId);
                    assertThat(line.has("spanId")).isTrue();
                    assertThat(line.has("@timestamp")).isTrue();
                    assertThat(line.at("/log/level").asString()).isNotBlank();
                });
        assertThat(traced)
                .anySatisfy(line -> assertThat(line.get("message").asString()).contains("issued to " + code));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** The single value of an instant query, if Prometheus has one. */
    private static Optional<Double> value(String query) {
        JsonNode result = Client.JSON
                .readTree(
                        fetch(prometheusUrl + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                                .orElseThrow())
                .at("/data/result");
        return result.isEmpty()
                ? Optional.empty()
                : Optional.of(Double.parseDouble(result.get(0).at("/value/1").asString()));
    }

    private static Stream<JsonNode> alerts() {
        return Client.JSON
                .readTree(fetch(prometheusUrl + "/api/v1/alerts").orElseThrow())
                .at("/data/alerts")
                .valueStream();
    }

    /** The body of a 200 answer; empty while the server does not answer so. */
    private static Optional<String> fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConditionFactory eventually(String what) {
        return await(what).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500));
    }
}
