package dk.kl.partnerships.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InvoicingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @Autowired
    MeterRegistry meters;

    KafkaProbe invoices;
    ApiClient api;

    @BeforeEach
    void setUp() {
        invoices = KafkaProbe.reading(kafka, Topic.INVOICES.topicName());
        api = ApiClient.onPort(port);
    }

    @AfterEach
    void tearDown() {
        invoices.close();
    }

    @Test
    void aMunicipalityThatJoinsAPartnershipIsInvoicedItsFirstInstalmentWithVat() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "630", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        String joinEventId = KafkaProbe.publish(kafka, joined);

        JsonNode invoice = issuedFor(joined.enrolmentId(), 1).get(0);

        assertThat(invoice.get("municipalityCode").asString()).isEqualTo("630");
        assertThat(invoice.get("invoiceNumber").asString())
                .matches(LocalDate.now(BusinessTime.ZONE).getYear() + "-\\d{6}");
        assertThat(invoice.get("series").asString()).isEqualTo("INVOICE");
        assertThat(invoice.at("/lines/0/description").asString()).endsWith("rate 1 af 2");
        assertThat(invoice.at("/lines/0/unitPrice").asString()).isEqualTo("55000.00");
        assertThat(invoice.at("/lines/0/vatRate").asString()).isEqualTo("25.00");
        assertThat(invoice.get("netTotal").asString()).isEqualTo("55000.00");
        assertThat(invoice.get("vatTotal").asString()).isEqualTo("13750.00");
        assertThat(invoice.get("grossTotal").asString()).isEqualTo("68750.00");
        assertThat(invoice.at("/buyer/ean").asString()).isEqualTo(RegistrationEvents.EAN);
        assertThat(invoice.get("dueOn").asString())
                .isEqualTo(LocalDate.now(BusinessTime.ZONE).plusDays(30).toString());
        assertThat(invoice.at("/cause/eventType").asString()).isEqualTo("MunicipalityJoined");
        assertThat(invoice.at("/cause/eventId").asString()).isEqualTo(joinEventId);

        Response finance = api.get("/api/invoices?municipalityCode=630", TestTokens.finance());
        assertThat(finance.status()).isEqualTo(200);
        assertThat(finance.json().get("items"))
                .anySatisfy(item -> assertThat(item.get("id").asString())
                        .isEqualTo(invoice.get("invoiceId").asString()));
        // KL's view of one programme: its invoices only, however many other programmes have
        assertThat(api.get("/api/invoices?programmeId=" + programme.programmeId(), TestTokens.klAdmin())
                        .json()
                        .get("items"))
                .singleElement()
                .satisfies(item -> assertThat(item.get("id").asString())
                        .isEqualTo(invoice.get("invoiceId").asString()));
        assertThat(api.get("/api/invoices?programmeId=another-programme", TestTokens.klAdmin())
                        .json()
                        .get("items"))
                .isEmpty();
        String invoicePath = "/api/invoices/" + invoice.get("invoiceId").asString();
        assertThat(api.get(invoicePath, TestTokens.municipality("630"))
                        .json()
                        .get("grossTotal")
                        .asString())
                .isEqualTo("68750.00");
        assertThat(api.get(invoicePath, TestTokens.municipality("657")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/invoices?municipalityCode=630", TestTokens.municipality("657"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aNetworkIsInvoicedItsWholePriceAtOnce() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "657", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);

        JsonNode invoice = issuedFor(joined.enrolmentId(), 1).get(0);

        assertThat(invoice.get("netTotal").asString()).isEqualTo("45000.00");
        assertThat(invoice.get("vatTotal").asString()).isEqualTo("11250.00");
        assertThat(invoice.get("grossTotal").asString()).isEqualTo("56250.00");
    }

    @Test
    void theSameJoiningTwiceIsInvoicedOnce() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "615", LocalDate.now(BusinessTime.ZONE));
        double grossBefore = grossIssued();
        KafkaProbe.publish(kafka, programme);
        String eventId = KafkaProbe.publish(kafka, joined);
        KafkaProbe.publish(kafka, joined, eventId);
        KafkaProbe.publish(kafka, joined);

        issuedFor(joined.enrolmentId(), 1);

        assertThat(invoices.drain(r -> KafkaProbe.payload(r).contains(joined.enrolmentId()), Duration.ofSeconds(3)))
                .hasSize(1);
        // the gross amount invoiced is counted once, for the one invoice stored
        assertThat(grossIssued() - grossBefore).isEqualTo(56_250.00);
    }

    private double grossIssued() {
        return meters.get("partnerships.invoices.gross").counter().count();
    }

    @Test
    void aJoiningThatArrivesBeforeItsProgrammeIsInvoicedOnceTheProgrammeArrives() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "756", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, joined);
        assertThat(invoices.drain(r -> KafkaProbe.payload(r).contains(joined.enrolmentId()), Duration.ofSeconds(2)))
                .isEmpty();

        KafkaProbe.publish(kafka, programme);

        assertThat(issuedFor(joined.enrolmentId(), 1)).hasSize(1);
    }

    @Test
    void garbageOnTheEnrolmentTopicIsDeadLetteredAndLaterJoiningsAreStillInvoiced() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "751", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.send(
                kafka,
                Topic.ENROLMENTS.topicName(),
                "751",
                EventType.MUNICIPALITY_JOINED.ceType(),
                "garbage-" + joined.enrolmentId(),
                "\u0000\u0001 this is not an event");
        KafkaProbe.publish(kafka, joined);

        assertThat(issuedFor(joined.enrolmentId(), 1)).hasSize(1);
        try (KafkaProbe deadLetters = KafkaProbe.reading(kafka, Topic.ENROLMENTS.deadLetterTopic(group))) {
            assertThat(deadLetters.await(
                            r -> ("garbage-" + joined.enrolmentId()).equals(KafkaProbe.header(r, "ce_id")),
                            1,
                            Duration.ofSeconds(20)))
                    .hasSize(1);
        }
    }

    @Test
    void invoiceNumbersFollowEachOtherWithoutGaps() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        KafkaProbe.publish(kafka, programme);
        List<String> codes = List.of("101", "147", "151", "153", "155", "157", "159", "161");
        List<MunicipalityJoined> joinings = codes.stream()
                .map(code -> RegistrationEvents.joined(programme, code, LocalDate.now(BusinessTime.ZONE)))
                .toList();
        joinings.forEach(joined -> KafkaProbe.publish(kafka, joined));

        List<ConsumerRecord<String, byte[]>> issued = invoices.await(
                r -> KafkaProbe.payload(r).contains(programme.programmeId()), codes.size(), Duration.ofSeconds(30));

        List<Long> sequences = issued.stream()
                .map(r -> JSON.readTree(KafkaProbe.payload(r))
                        .get("invoiceNumber")
                        .asString())
                .map(number -> Long.parseLong(number.substring(5)))
                .sorted()
                .toList();
        assertThat(sequences).hasSize(codes.size()).doesNotHaveDuplicates();
        assertThat(sequences.get(sequences.size() - 1) - sequences.get(0)).isEqualTo(codes.size() - 1);
    }

    private List<JsonNode> issuedFor(String enrolmentId, int count) {
        List<ConsumerRecord<String, byte[]>> records = invoices.await(
                r -> KafkaProbe.payload(r).contains("inv-" + enrolmentId), count, Duration.ofSeconds(30));
        assertThat(records).hasSize(count);
        assertThat(records)
                .allSatisfy(
                        r -> assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.INVOICE_ISSUED.ceType()));
        return records.stream().map(r -> JSON.readTree(KafkaProbe.payload(r))).toList();
    }
}
