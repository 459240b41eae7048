package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** From council approval in registration-service to an invoice that finance reads from Kafka, across crashes. */
class JoinToInvoiceSystemTests {

    private static final Logger log = LoggerFactory.getLogger(JoinToInvoiceSystemTests.class);

    static Platform platform;
    static Client client;
    static Scenario scenario;

    @BeforeAll
    static void startPlatform() {
        Instant started = Instant.now();
        platform = Platform.start(Platform.REGISTRATION, Platform.BILLING);
        client = new Client(platform);
        scenario = new Scenario(client);
        log.info(
                "Platform started as separate processes in {} s",
                Duration.between(started, Instant.now()).toSeconds());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void anApprovedMunicipalityIsInvoicedAndFinanceReadsTheInvoiceFromKafka() {
        String programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
        String enrolment = scenario.interested(programme, "630");

        scenario.approve(enrolment, "630").expect(200);

        try (EventLog finance = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            List<EventLog.Event> issued = finance.await(
                    e -> e.is("InvoiceIssued") && e.payload().contains(enrolment), 1, Duration.ofSeconds(60));
            assertThat(issued).hasSize(1);
            InvoiceIssued invoice = Client.JSON.readValue(issued.get(0).payload(), InvoiceIssued.class);
            assertThat(invoice.municipalityCode()).isEqualTo("630");
            assertThat(invoice.netTotal()).isEqualByComparingTo(new BigDecimal("55000.00"));
            assertThat(invoice.vatTotal()).isEqualByComparingTo(new BigDecimal("13750.00"));
            assertThat(invoice.grossTotal()).isEqualByComparingTo(new BigDecimal("68750.00"));
            assertThat(invoice.buyer().ean()).isEqualTo(Scenario.EAN);
            assertThat(invoice.cause().eventType()).isEqualTo("MunicipalityJoined");
            JsonNode fromApi = client.get(
                            Platform.BILLING, "/api/invoices/" + invoice.invoiceId(), client.token("FINANCE", null))
                    .expect(200)
                    .json();
            assertThat(fromApi.get("number").asString()).isEqualTo(invoice.invoiceNumber());
        }
    }

    @Test
    void everyMunicipalityIsInvoicedExactlyOnceThoughBillingIsKilledTwiceWhileApprovalsArrive() throws Exception {
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        List<String> codes = List.of(
                "101", "147", "151", "153", "155", "157", "159", "161", "163", "165", "167", "169", "173", "175", "183",
                "185", "187", "190", "201", "210", "217", "219", "223", "230", "240", "250", "253", "259", "260", "265",
                "269", "270", "306", "316", "320", "326", "329", "330", "336", "340");
        Map<String, String> enrolments = new LinkedHashMap<>();
        codes.forEach(code -> enrolments.put(code, scenario.interested(programme, code)));
        sendGarbageToTheEnrolmentTopic();

        AtomicInteger approved = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread approvals = new Thread(
                () -> {
                    for (String code : codes) {
                        try {
                            scenario.approve(enrolments.get(code), code).expect(200);
                            approved.incrementAndGet();
                            ServiceProcess.sleep(700);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                },
                "approvals");
        approvals.start();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> approved.get() >= 6);
        platform.kill(Platform.BILLING);
        log.info("billing-service killed after {} approvals", approved.get());
        platform.restart(Platform.BILLING);
        log.info("billing-service restarted; {} approvals so far", approved.get());
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> approved.get() >= 24);
        platform.kill(Platform.BILLING);
        log.info("billing-service killed again after {} approvals", approved.get());
        platform.restart(Platform.BILLING);
        log.info("billing-service restarted again; {} approvals so far", approved.get());
        approvals.join();
        assertThat(failures).isEmpty();

        try (EventLog finance = new EventLog(platform.kafka(), Topic.INVOICES.topicName());
                EventLog deadLetters =
                        new EventLog(platform.kafka(), Topic.ENROLMENTS.deadLetterTopic("billing-service"))) {
            List<EventLog.Event> issued = finance.await(
                    e -> e.is("InvoiceIssued") && e.payload().contains(programme),
                    codes.size(),
                    Duration.ofSeconds(120));
            issued = finance.settle(
                    e -> e.is("InvoiceIssued") && e.payload().contains(programme), Duration.ofSeconds(5));
            List<InvoiceIssued> invoices = issued.stream()
                    .map(e -> Client.JSON.readValue(e.payload(), InvoiceIssued.class))
                    .toList();

            assertThat(invoices).extracting(InvoiceIssued::municipalityCode).containsExactlyInAnyOrderElementsOf(codes);
            assertThat(issued).extracting(EventLog.Event::id).doesNotHaveDuplicates();
            assertThat(invoices).extracting(InvoiceIssued::invoiceId).doesNotHaveDuplicates();
            List<Long> allNumbers = finance.settle(e -> e.is("InvoiceIssued"), Duration.ZERO).stream()
                    .map(e -> Client.JSON
                            .readValue(e.payload(), InvoiceIssued.class)
                            .invoiceNumber())
                    .map(number -> Long.parseLong(number.substring(5)))
                    .sorted()
                    .collect(Collectors.toList());
            assertThat(allNumbers).doesNotHaveDuplicates();
            assertThat(allNumbers.get(allNumbers.size() - 1)).isEqualTo(allNumbers.size());
            assertThat(deadLetters.await(e -> "garbage".equals(e.id()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
            log.info(
                    "{} municipalities, {} invoices, {} InvoiceIssued records, numbers 1..{}",
                    codes.size(),
                    invoices.size(),
                    issued.size(),
                    allNumbers.size());
        }
        String finance = client.token("FINANCE", null);
        JsonNode page = client.get(Platform.BILLING, "/api/invoices?size=200", finance)
                .expect(200)
                .json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(page.get("items").size());
        // The stored series agrees with what finance read: complete, one number per stored invoice
        JsonNode audit = client.get(Platform.BILLING, "/api/billing/number-audit", finance)
                .expect(200)
                .json();
        assertThat(audit.get("complete").asBoolean()).isTrue();
        assertThat(audit.at("/series/0/count").asInt())
                .isEqualTo(page.get("totalItems").asInt());
        assertThat(audit.at("/series/0/last").asInt())
                .isEqualTo(page.get("totalItems").asInt());
    }

    private static void sendGarbageToTheEnrolmentTopic() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka()),
                new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> garbage =
                    new ProducerRecord<>(Topic.ENROLMENTS.topicName(), "101", "<xml>not an event</xml>");
            // With the headers its publisher would set, so that it is refused for its payload alone.
            garbage.headers().add("ce_specversion", "1.0".getBytes());
            garbage.headers()
                    .add("ce_type", EventType.MUNICIPALITY_JOINED.ceType().getBytes());
            garbage.headers()
                    .add("ce_source", EventType.MUNICIPALITY_JOINED.ceSource().getBytes());
            garbage.headers().add("ce_subject", "101".getBytes());
            garbage.headers().add("ce_id", "garbage".getBytes());
            garbage.headers().add("content-type", "application/json".getBytes());
            producer.send(garbage).get();
        }
    }
}
