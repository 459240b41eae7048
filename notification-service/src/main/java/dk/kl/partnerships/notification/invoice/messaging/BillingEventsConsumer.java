package dk.kl.partnerships.notification.invoice.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.invoice.InvoiceNotice;
import dk.kl.partnerships.notification.invoice.InvoiceNotifying;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Billing's invoices. */
@Configuration(proxyBeanMethods = false)
class BillingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onInvoiceEvent(EventConsumers consumers, InvoiceNotifying notices) {
        return consumers
                .of(Topic.INVOICES)
                .on(
                        InvoiceIssued.class,
                        (event, metadata) -> notices.issued(new InvoiceNotice(
                                event.invoiceId(),
                                event.invoiceNumber(),
                                event.municipalityCode(),
                                event.programmeId(),
                                event.buyer().reference(),
                                event.issuedOn(),
                                event.dueOn(),
                                event.currency(),
                                event.lines().stream()
                                        .map(line -> new InvoiceNotice.Line(
                                                line.description(), line.quantity(), line.netAmount()))
                                        .toList(),
                                event.netTotal(),
                                event.vatTotal(),
                                event.grossTotal())))
                .build();
    }
}
