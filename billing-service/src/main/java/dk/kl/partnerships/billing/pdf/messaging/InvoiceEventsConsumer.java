package dk.kl.partnerships.billing.pdf.messaging;

import dk.kl.partnerships.billing.pdf.DocumentIssuing;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Billing's own issued invoices and credit notes, read back from its finance stream, become PDF
 * documents: printing runs in this consumer, never on the way an invoice is issued.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onInvoiceEvent(EventConsumers consumers, DocumentIssuing documents) {
        return consumers
                .of(Topic.INVOICES)
                .on(InvoiceIssued.class, (event, metadata) -> documents.invoiceIssued(event.invoiceId()))
                .on(CreditNoteIssued.class, (event, metadata) -> documents.creditNoteIssued(event.creditNoteId()))
                .build();
    }
}
