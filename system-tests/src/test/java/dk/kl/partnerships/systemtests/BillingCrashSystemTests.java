package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Two hundred joinings reach billing-service while it is killed (SIGKILL) and restarted twice:
 * afterwards every due instalment has exactly one invoice, the invoice series has no gap, and each
 * invoice's event is on Kafka exactly once.
 */
class BillingCrashSystemTests {

    private static final Logger log = LoggerFactory.getLogger(BillingCrashSystemTests.class);
    private static final int JOININGS = 200;

    static Platform platform;
    static Client client;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.start(Platform.BILLING);
        client = new Client(platform);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void twoHundredJoiningsAreInvoicedExactlyOnceThoughBillingIsKilledTwice() throws Exception {
        List<ProgrammePublished> programmes = List.of(
                EventPublisher.programme(ProgrammeKind.PARTNERSHIP),
                EventPublisher.programme(ProgrammeKind.PARTNERSHIP),
                EventPublisher.programme(ProgrammeKind.NETWORK));
        List<String> codes = Platform.Municipalities.codes();
        List<MunicipalityJoined> joinings = new ArrayList<>();
        for (int i = 0; i < JOININGS; i++) {
            joinings.add(EventPublisher.joined(programmes.get(i / codes.size()), codes.get(i % codes.size())));
        }

        AtomicInteger sent = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread producer = new Thread(
                () -> {
                    try (EventPublisher kafka = new EventPublisher(platform.kafka())) {
                        for (ProgrammePublished programme : programmes) {
                            kafka.publish(programme);
                        }
                        for (MunicipalityJoined joined : joinings) {
                            kafka.publish(joined);
                            sent.incrementAndGet();
                            ServiceProcess.sleep(90);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                },
                "joinings");
        Instant started = Instant.now();
        producer.start();
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent.get() >= 40);
        platform.kill(Platform.BILLING);
        log.info("billing-service killed after {} joinings", sent.get());
        platform.restart(Platform.BILLING);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent.get() >= 130);
        platform.kill(Platform.BILLING);
        log.info("billing-service killed again after {} joinings", sent.get());
        platform.restart(Platform.BILLING);
        producer.join();
        assertThat(failures).isEmpty();

        try (EventLog finance = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            finance.await(e -> e.is("InvoiceIssued"), JOININGS, Duration.ofSeconds(180));
            List<EventLog.Event> issued = finance.settle(e -> e.is("InvoiceIssued"), Duration.ofSeconds(5));
            log.info(
                    "{} joinings invoiced in {} s with two crashes",
                    JOININGS,
                    Duration.between(started, Instant.now()).toSeconds());
            List<InvoiceIssued> invoices = issued.stream()
                    .map(e -> Client.JSON.readValue(e.payload(), InvoiceIssued.class))
                    .toList();

            assertThat(issued).hasSize(JOININGS);
            assertThat(issued).extracting(EventLog.Event::id).doesNotHaveDuplicates();
            assertThat(invoices)
                    .extracting(InvoiceIssued::invoiceId)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(joinings.stream()
                            .map(j -> "inv-" + j.enrolmentId() + "-1")
                            .toList());
            assertThat(invoices.stream()
                            .map(i -> Long.parseLong(i.invoiceNumber().substring(5)))
                            .sorted()
                            .collect(Collectors.toList()))
                    .isEqualTo(LongStream.rangeClosed(1, JOININGS).boxed().toList());
        }
        JsonNode audit = client.get(Platform.BILLING, "/api/billing/number-audit", client.token("FINANCE", null))
                .expect(200)
                .json();
        assertThat(audit.get("complete").asBoolean()).isTrue();
        assertThat(audit.at("/series/0/count").asInt()).isEqualTo(JOININGS);
        assertThat(audit.at("/series/0/last").asInt()).isEqualTo(JOININGS);
    }
}
