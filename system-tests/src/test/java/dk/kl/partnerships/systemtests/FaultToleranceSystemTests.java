package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Nothing lost, nothing twice, when the data layer itself fails: the Kafka broker and the MongoDB
 * store are killed (SIGKILL) in the middle of a burst of joinings, one of billing's two instances is
 * killed, Kafka is away for half a minute, the store for twenty seconds while events arrive, and a
 * dead letter is re-driven. Clients retry with their {@code Idempotency-Key} until they are answered,
 * as the platform's clients do. The platform is the shared one, and is whole again after each test.
 */
class FaultToleranceSystemTests {

    private static final Logger log = LoggerFactory.getLogger(FaultToleranceSystemTests.class);
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    /** How long a client keeps retrying one request before it counts as stuck. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final int JOININGS = 60;
    private static final int CLIENTS = 4;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static Platform platform;
    static Client api;
    static Scenario scenario;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        api = new Client(platform).viaGateway();
        scenario = new Scenario(api);
    }

    @BeforeEach
    void platformIsWhole() {
        platform.awaitWhole();
    }

    @Test
    void noJoiningIsLostOrInvoicedTwiceThoughTheBrokerTheStoreAndABillingInstanceAreKilled() throws Exception {
        String programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
        List<String> codes = Platform.Municipalities.codes().subList(0, JOININGS);
        codes.forEach(code -> api.token("MUNICIPALITY", code));
        Burst burst = new Burst(programme);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> joinings = new ArrayList<>();
        codes.forEach(code -> joinings.add(clients.submit(() -> burst.join(code))));
        int faults = 0;
        try {
            await().atMost(EVENTUALLY).until(() -> burst.approved.size() >= 12);
            platform.kill(Platform.KAFKA);
            platform.kill(Platform.STORE);
            faults += 2;
            log.info("Broker and store killed after {} approvals", burst.approved.size());
            ServiceProcess.sleep(6_000);
            platform.startProcess(Platform.KAFKA);
            platform.startProcess(Platform.STORE);
            platform.awaitReady(Platform.KAFKA);
            platform.awaitReady(Platform.STORE);

            String relaying = relayingInstance(Platform.BILLING);
            await().atMost(EVENTUALLY).until(() -> burst.approved.size() >= 30);
            platform.kill(relaying);
            faults++;
            log.info("{} (the relaying billing instance) killed after {} approvals", relaying, burst.approved.size());
            // Restarted at once, as Kubernetes would; the other instance takes over long before it is up.
            platform.startProcess(relaying);
            for (Future<?> joining : joinings) {
                joining.get(PATIENCE.toMinutes() * 3, TimeUnit.MINUTES);
            }
            platform.awaitReady(relaying);
        } finally {
            clients.shutdownNow();
        }

        Map<String, String> enrolments = burst.approved;
        try (EventLog registration = new EventLog(platform.kafka(), Topic.ENROLMENTS.topicName());
                EventLog finance = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            registration.await(
                    e -> e.is("MunicipalityJoined") && e.payload().contains(programme), JOININGS, EVENTUALLY);
            List<EventLog.Event> joined = registration.settle(
                    e -> e.is("MunicipalityJoined") && e.payload().contains(programme), quiet());
            finance.await(e -> e.is("InvoiceIssued") && e.payload().contains(programme), JOININGS, EVENTUALLY);
            List<EventLog.Event> everyFinanceEvent = finance.settle(e -> true, quiet());
            List<InvoiceIssued> invoices = everyFinanceEvent.stream()
                    .filter(e -> e.is("InvoiceIssued"))
                    .map(e -> Client.JSON.readValue(e.payload(), InvoiceIssued.class))
                    .toList();

            Map<String, Long> joinedPerEnrolment = countBy(
                    joined,
                    e -> Client.JSON.readTree(e.payload()).get("enrolmentId").asString());
            Map<String, Long> invoicedPerEnrolment = invoices.stream()
                    .filter(invoice -> programme.equals(invoice.programmeId()))
                    .collect(Collectors.groupingBy(
                            invoice -> invoice.invoiceId().replaceFirst("^inv-(.*)-\\d+$", "$1"),
                            Collectors.counting()));
            Set<String> storedAsJoined = enrolments.values().stream()
                    .filter(id -> "JOINED".equals(state(id)))
                    .collect(Collectors.toSet());
            long phantoms = joinedPerEnrolment.keySet().stream()
                    .filter(id -> !"JOINED".equals(state(id)))
                    .count();

            long lost = enrolments.values().stream()
                            .filter(id -> !storedAsJoined.contains(id))
                            .count()
                    + enrolments.values().stream()
                            .filter(id -> !joinedPerEnrolment.containsKey(id))
                            .count()
                    + enrolments.values().stream()
                            .filter(id -> !invoicedPerEnrolment.containsKey(id))
                            .count();
            long duplicated = extra(joinedPerEnrolment)
                    + extra(invoicedPerEnrolment)
                    + extra(countBy(joined, EventLog.Event::id))
                    + extra(countBy(everyFinanceEvent, EventLog.Event::id));
            long numbersReused = extra(invoices.stream()
                    .collect(Collectors.groupingBy(
                            invoice -> invoice.series() + " " + invoice.invoiceNumber(), Collectors.counting())));
            log.info(
                    "Fault figures: faults injected {} (broker and store SIGKILLed together and restarted after 6 s,"
                            + " the relaying billing instance SIGKILLed); requests acknowledged {} (approvals {});"
                            + " events lost {}; events duplicated {}; phantom events {}; numbers reused {};"
                            + " clients stuck {}; retries {}",
                    faults,
                    burst.acknowledged.get(),
                    enrolments.size(),
                    lost,
                    duplicated,
                    phantoms,
                    numbersReused,
                    burst.stuck.size(),
                    burst.retries.get());

            assertThat(burst.stuck).as("clients stuck").isEmpty();
            assertThat(enrolments).as("approvals answered 2xx").hasSize(JOININGS);
            assertThat(storedAsJoined)
                    .as("acknowledged approvals stored as JOINED")
                    .hasSize(JOININGS);
            assertThat(joinedPerEnrolment)
                    .as("exactly one MunicipalityJoined per acknowledged approval, and none else")
                    .containsOnlyKeys(enrolments.values())
                    .allSatisfy((enrolment, count) -> assertThat(count).isOne());
            assertThat(invoicedPerEnrolment)
                    .as("exactly one invoice (the instalment due) per joined municipality")
                    .containsOnlyKeys(enrolments.values())
                    .allSatisfy((enrolment, count) -> assertThat(count).isOne());
            assertThat(lost + duplicated + phantoms + numbersReused).isZero();
        }
        JsonNode audit = api.get(
                        Platform.BILLING,
                        "/api/billing/number-audit?year="
                                + LocalDate.now(BusinessTime.ZONE).getYear(),
                        api.token("FINANCE", null))
                .expect(200)
                .json();
        assertThat(audit.get("complete").asBoolean()).as(audit.toString()).isTrue();
    }

    @Test
    void withKafkaAwayForThirtySecondsTheServicesStayReadyAndApprovalsSucceedTheirEventsFollowAfterwards() {
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        List<String> codes = List.of("210", "217", "219");
        Map<String, String> enrolments = new ConcurrentHashMap<>();
        codes.forEach(code -> enrolments.put(code, scenario.interested(programme, code)));

        platform.kill(Platform.KAFKA);
        Instant until = Instant.now().plusSeconds(30);
        List<String> notReady = new ArrayList<>();
        try {
            codes.forEach(code -> scenario.approve(enrolments.get(code), code).expect(200));
            await().atMost(Duration.ofSeconds(25))
                    .until(() -> metricOf(Platform.REGISTRATION, "partnerships_kafka_available")
                            .equals("0.0"));
            while (Instant.now().isBefore(until)) {
                for (String service : List.of(
                        Platform.REGISTRATION,
                        Platform.MEETING,
                        Platform.EVALUATION,
                        Platform.BILLING,
                        Platform.NOTIFICATION)) {
                    for (String instance : platform.instances(service)) {
                        if (status(platform.managementUrl(instance) + "/actuator/health/readiness") != 200) {
                            notReady.add(instance);
                        }
                    }
                }
                ServiceProcess.sleep(2_000);
            }
            assertThat(status(platform.managementUrl(Platform.REGISTRATION) + "/actuator/health"))
                    .as("overall health shows Kafka down")
                    .isEqualTo(503);
        } finally {
            platform.restart(Platform.KAFKA);
        }

        assertThat(notReady).as("instances not ready while Kafka was away").isEmpty();
        try (EventLog events =
                new EventLog(platform.kafka(), Topic.ENROLMENTS.topicName(), Topic.INVOICES.topicName())) {
            for (String enrolment : enrolments.values()) {
                assertThat(events.await(
                                e -> e.is("MunicipalityJoined") && e.payload().contains(enrolment), 1, EVENTUALLY))
                        .hasSize(1);
                assertThat(events.await(
                                e -> e.is("InvoiceIssued") && e.payload().contains(enrolment), 1, EVENTUALLY))
                        .hasSize(1);
            }
            assertThat(events.settle(e -> e.payload().contains(programme) && e.is("InvoiceIssued"), quiet()))
                    .hasSize(codes.size());
        }
    }

    @Test
    void withTheStoreAwayForTwentySecondsWhileEventsArriveNothingIsDeadLetteredAndEveryEffectHappensOnce() {
        ProgrammePublished programme = EventPublisher.programme(ProgrammeKind.NETWORK);
        List<MunicipalityJoined> joinings = List.of("320", "326", "329", "330", "336", "340").stream()
                .map(code -> EventPublisher.joined(programme, code))
                .toList();
        List<String> deadLetterTopics =
                List.of(Platform.BILLING, Platform.MEETING, Platform.EVALUATION, Platform.NOTIFICATION).stream()
                        .map(Topic.ENROLMENTS::deadLetterTopic)
                        .toList();
        try (EventPublisher publisher = new EventPublisher(platform.kafka());
                EventLog deadLetters = new EventLog(platform.kafka(), deadLetterTopics.toArray(String[]::new));
                EventLog events = new EventLog(
                        platform.kafka(), Topic.INVOICES.topicName(), Topic.SELF_EVALUATIONS.topicName())) {
            publisher.publish(programme);
            platform.kill(Platform.STORE);
            try {
                joinings.forEach(publisher::publish);
                ServiceProcess.sleep(20_000);
            } finally {
                platform.restart(Platform.STORE);
            }

            for (MunicipalityJoined joined : joinings) {
                String enrolment = joined.enrolmentId();
                assertThat(events.await(
                                e -> e.is("InvoiceIssued") && e.payload().contains(enrolment), 1, EVENTUALLY))
                        .hasSize(1);
                assertThat(events.await(
                                e -> e.is("SelfEvaluationRequested")
                                        && e.payload().contains(enrolment),
                                1,
                                EVENTUALLY))
                        .hasSize(1);
            }
            assertThat(events.settle(e -> e.payload().contains(programme.programmeId()), quiet()))
                    .as("one invoice and one self-evaluation request per joining, nothing twice")
                    .hasSize(2 * joinings.size());
            assertThat(deadLetters.settle(
                            e -> joinings.stream().anyMatch(j -> e.payload().contains(j.enrolmentId())),
                            Duration.ofSeconds(2)))
                    .as("dead-lettered")
                    .isEmpty();
        }
    }

    @Test
    void aDeadLetteredJoiningIsRedrivenIntoOneInvoice() throws Exception {
        ProgrammePublished programme = EventPublisher.programme(ProgrammeKind.NETWORK);
        MunicipalityJoined joined = EventPublisher.joined(programme, "173");
        String deadLetters = Topic.ENROLMENTS.deadLetterTopic(Platform.BILLING);
        try (EventPublisher publisher = new EventPublisher(platform.kafka());
                EventLog finance = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            publisher.publish(programme);
            // As billing dead-lettered it while its store was unreachable, before failures were told apart.
            publisher.publish(
                    deadLetters,
                    joined,
                    joined.key(),
                    Map.of(
                            "x-original-topic",
                            Topic.ENROLMENTS.topicName(),
                            "x-exception-message",
                            "Timed out while waiting for a server"));

            String billing = platform.instances(Platform.BILLING).get(1);
            JsonNode report = redrive(billing);
            assertThat(report.get("processed").asInt()).as(report.toString()).isPositive();
            assertThat(finance.await(
                            e -> e.is("InvoiceIssued") && e.payload().contains(joined.enrolmentId()), 1, EVENTUALLY))
                    .hasSize(1);

            redrive(Platform.BILLING);
            assertThat(finance.settle(
                            e -> e.is("InvoiceIssued") && e.payload().contains(joined.enrolmentId()), quiet()))
                    .as("a second re-drive invoices nothing more")
                    .hasSize(1);
        }
    }

    /** Clients joining municipalities, each request retried with its own key until it is answered. */
    private static final class Burst {

        private final String programme;
        private final Map<String, String> approved = new ConcurrentHashMap<>();
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final AtomicInteger retries = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> stuck = new ConcurrentLinkedQueue<>();

        Burst(String programme) {
            this.programme = programme;
        }

        void join(String code) {
            String token = api.token("MUNICIPALITY", code);
            Client.Response profile = patiently(
                    code,
                    key -> api.send(
                            "PUT",
                            Platform.REGISTRATION,
                            "/api/municipalities/" + code + "/billing-profile",
                            token,
                            Scenario.billingProfile(code),
                            key));
            Client.Response declared = profile == null
                    ? null
                    : patiently(
                            code,
                            key -> api.send(
                                    "POST",
                                    Platform.REGISTRATION,
                                    "/api/programmes/" + programme + "/enrolments",
                                    token,
                                    Scenario.interest(code),
                                    key));
            if (declared == null) {
                return;
            }
            String enrolment = declared.json().get("id").asString();
            Client.Response approval = patiently(
                    code,
                    key -> api.send(
                            "POST",
                            Platform.REGISTRATION,
                            "/api/enrolments/" + enrolment + "/approval",
                            token,
                            Scenario.approval(code),
                            key));
            if (approval != null) {
                approved.put(code, enrolment);
            }
        }

        /**
         * The request, repeated with the same key while it fails as an outage makes it fail; its
         * successful answer, or null (and the client counted as stuck) if none came in time.
         */
        private Client.Response patiently(String code, Function<Map<String, String>, Client.Response> send) {
            Map<String, String> key =
                    Map.of("Idempotency-Key", UUID.randomUUID().toString());
            Instant end = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(end)) {
                try {
                    Client.Response response = send.apply(key);
                    if (response.status() / 100 == 2) {
                        acknowledged.incrementAndGet();
                        return response;
                    }
                    if (response.status() / 100 == 4 && response.status() != 409 && response.status() != 429) {
                        throw new AssertionError("Refused for " + code + ": " + response);
                    }
                    if (response.status() == 409 && !response.body().contains("in-progress")) {
                        throw new AssertionError("Refused for " + code + ": " + response);
                    }
                } catch (UncheckedIOException | IllegalStateException unanswered) {
                    // no answer at all: the connection broke or timed out
                }
                retries.incrementAndGet();
                ServiceProcess.sleep(500);
            }
            stuck.add(code);
            return null;
        }
    }

    private static String state(String enrolment) {
        return api.get(Platform.REGISTRATION, "/api/enrolments/" + enrolment, scenario.klToken())
                .expect(200)
                .json()
                .get("state")
                .asString();
    }

    /** The instance of the service whose outbox relay holds the lease, by its metric. */
    private static String relayingInstance(String service) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> platform.instances(service).stream()
                                .filter(instance ->
                                        "1.0".equals(metricOf(instance, "partnerships_outbox_relay_leader")))
                                .findFirst()
                                .orElse(null),
                        instance -> instance != null);
    }

    private static String metricOf(String instance, String name) {
        try {
            String body = HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(platform.managementUrl(instance) + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return body.lines()
                    .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Re-drives billing's dead letters from the enrolment topic, as an operator does; the report. */
    private static JsonNode redrive(String instance) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.managementUrl(instance) + "/actuator/deadletters/"
                                + Topic.ENROLMENTS.topicName()))
                        .header("Authorization", "Bearer " + scenario.klToken())
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Client.JSON.readTree(response.body());
    }

    private static Duration quiet() {
        return Duration.ofSeconds(5);
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static long extra(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(count -> count - 1).sum();
    }
}
