package dk.kl.partnerships.notification.invoice.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.DocumentKind;
import dk.kl.partnerships.contracts.billing.InvoiceDocumentIssued;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.invoice.InvoiceNotice;
import dk.kl.partnerships.notification.invoice.InvoiceNotifying;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Billing's issued invoices, each once its PDF is printed: the message about an invoice carries it.
 * Credit notes' documents have no message of their own.
 */
@Configuration(proxyBeanMethods = false)
class BillingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onDocumentEvent(EventConsumers consumers, InvoiceNotifying notices) {
        return consumers
                .of(Topic.DOCUMENTS)
                .on(InvoiceDocumentIssued.class, (event, metadata) -> {
                    if (event.documentKind() == DocumentKind.INVOICE) {
                        notices.issued(notice(event));
                    }
                })
                .build();
    }

    private static InvoiceNotice notice(InvoiceDocumentIssued event) {
        return new InvoiceNotice(
                event.invoiceId(),
                event.invoiceNumber(),
                event.municipalityCode(),
                event.programmeId(),
                event.buyer().reference(),
                event.issuedOn(),
                event.dueOn(),
                event.currency(),
                event.lines().stream()
                        .map(line -> new InvoiceNotice.Line(line.description(), line.quantity(), line.netAmount()))
                        .toList(),
                event.netTotal(),
                event.vatTotal(),
                event.grossTotal(),
                new InvoiceNotice.Document(event.fileName(), event.contentType(), event.file()));
    }
}
