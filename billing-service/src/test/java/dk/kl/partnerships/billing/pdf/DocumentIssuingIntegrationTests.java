package dk.kl.partnerships.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.TopicDeclaration;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each issued invoice's PDF is announced on billing.documents.v1, once, however often its issue arrives. */
@IntegrationTest
class DocumentIssuingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    KafkaProbe invoices;
    KafkaProbe documents;

    @BeforeEach
    void setUp() {
        invoices = KafkaProbe.reading(kafka, Topic.INVOICES.topicName());
        documents = KafkaProbe.reading(kafka, Topic.DOCUMENTS.topicName());
    }

    @AfterEach
    void tearDown() {
        invoices.close();
        documents.close();
    }

    @Test
    void anIssuedInvoiceIsAnnouncedOnceAsAPdfEvenWhenItsIssueIsDeliveredAgain() throws IOException {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "710", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        ConsumerRecord<String, byte[]> issuedRecord = invoices.await(
                        KafkaProbe.ofType(EventType.INVOICE_ISSUED)
                                .and(r -> KafkaProbe.payload(r).contains("inv-" + joined.enrolmentId())),
                        1,
                        Duration.ofSeconds(30))
                .get(0);
        InvoiceIssued issued = JSON.readValue(issuedRecord.value(), InvoiceIssued.class);

        List<ConsumerRecord<String, byte[]>> announced =
                documents.await(r -> KafkaProbe.payload(r).contains(issued.invoiceId()), 1, Duration.ofSeconds(30));

        assertThat(announced).hasSize(1);
        ConsumerRecord<String, byte[]> record = announced.get(0);
        assertThat(record.key()).isEqualTo("710");
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(EventType.INVOICE_DOCUMENT_ISSUED.ceType());
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/billing-service");
        JsonNode document = JSON.readTree(record.value());
        assertThat(document.get("invoiceNumber").asString()).isEqualTo(issued.invoiceNumber());
        assertThat(document.get("documentKind").asString()).isEqualTo("INVOICE");
        assertThat(document.get("fileName").asString()).isEqualTo("faktura-" + issued.invoiceNumber() + ".pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("grossTotal").asString())
                .isEqualTo(issued.grossTotal().toPlainString());
        assertThat(document.get("dueOn").asString()).isEqualTo(issued.dueOn().toString());
        assertThat(document.at("/buyer/name").asString())
                .isEqualTo(issued.buyer().name());
        byte[] pdf = Base64.getDecoder().decode(document.get("content").asString());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(parsed)).contains("Faktura " + issued.invoiceNumber());
        }
        // The record must fit the topic with room to spare (a bigger one would be parked by the relay).
        assertThat(record.serializedValueSize()).isLessThan(TopicDeclaration.MAX_MESSAGE_BYTES / 4);

        // The same issue again, under its own event id (a redelivery) and under a new one (a replay).
        KafkaProbe.publish(kafka, issued, KafkaProbe.header(issuedRecord, "ce_id"));
        KafkaProbe.publish(kafka, issued);
        // A later invoice to the same municipality comes after them in the same partition: once its PDF
        // is announced, both deliveries before it have been handled.
        ProgrammePublished later =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined laterJoining = RegistrationEvents.joined(later, "710", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, later);
        KafkaProbe.publish(kafka, laterJoining);
        assertThat(documents.await(
                        r -> KafkaProbe.payload(r).contains("inv-" + laterJoining.enrolmentId()),
                        1,
                        Duration.ofSeconds(30)))
                .as("the later invoice's PDF")
                .hasSize(1);

        assertThat(documents.drain(r -> KafkaProbe.payload(r).contains(issued.invoiceId()), Duration.ofSeconds(1)))
                .hasSize(1);
    }
}
