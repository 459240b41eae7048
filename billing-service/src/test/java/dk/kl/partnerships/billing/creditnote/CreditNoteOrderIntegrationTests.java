package dk.kl.partnerships.billing.creditnote;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.outbox.OutboxRelay;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Finance must never see a credit note before the invoice it credits, however many events wait to
 * be published and although invoices and credit notes are stored in different collections.
 */
@IntegrationTest
class CreditNoteOrderIntegrationTests {

    private static final int WAITING_INVOICES = 250;

    @Autowired
    InvoiceRepository invoices;

    @Autowired
    Crediting crediting;

    @Autowired
    InvoicingTerms terms;

    @Autowired
    OutboxRelay relay;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void aCreditNoteIsPublishedAfterItsInvoiceThoughTwoHundredAndFiftyInvoicesWaitedBeforeIt() {
        String programme = "order-" + UUID.randomUUID();
        String last = null;
        try (KafkaProbe finance = KafkaProbe.reading(kafka, Topic.INVOICES.topicName())) {
            relay.stop();
            try {
                for (int i = 0; i < WAITING_INVOICES; i++) {
                    last = invoices.issue(invoice(programme, i)).id();
                }
                crediting.credit(
                        last,
                        "Udtrådt før start",
                        new Cause("MunicipalityWithdrew", UUID.randomUUID().toString()));
            } finally {
                relay.start();
            }

            List<ConsumerRecord<String, byte[]>> published = finance.await(
                    r -> KafkaProbe.payload(r).contains(programme), WAITING_INVOICES + 1, Duration.ofSeconds(90));
            String lastInvoice = last;
            int invoiceAt = indexOf(published, EventType.INVOICE_ISSUED, lastInvoice);
            int creditNoteAt = indexOf(published, EventType.CREDIT_NOTE_ISSUED, lastInvoice);

            assertThat(published).hasSize(WAITING_INVOICES + 1);
            assertThat(invoiceAt).isNotNegative();
            assertThat(creditNoteAt).isGreaterThan(invoiceAt);
        }
    }

    private static int indexOf(List<ConsumerRecord<String, byte[]>> records, EventType type, String invoiceId) {
        for (int i = 0; i < records.size(); i++) {
            if (type.ceType().equals(KafkaProbe.header(records.get(i), "ce_type"))
                    && KafkaProbe.payload(records.get(i)).contains(invoiceId)) {
                return i;
            }
        }
        return -1;
    }

    private Invoice invoice(String programme, int number) {
        return Invoice.issue(
                programme + "-" + number,
                "101",
                terms.seller(),
                new Buyer(
                        "Københavns Kommune",
                        "5798000012349",
                        "29189900",
                        "REF-101",
                        new Buyer.Address("Rådhuspladsen 1", "1550", "København V", "DK"),
                        null,
                        null),
                programme,
                LocalDate.now(BusinessTime.ZONE),
                terms.paymentTermsDays(),
                terms.currency(),
                List.of(InvoiceLine.of("Netværk", BigDecimal.ONE, new BigDecimal("45000.00"), new BigDecimal("25.00"))),
                new Cause("MunicipalityJoined", UUID.randomUUID().toString()));
    }
}
