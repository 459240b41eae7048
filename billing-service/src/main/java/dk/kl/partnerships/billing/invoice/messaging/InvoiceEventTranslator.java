package dk.kl.partnerships.billing.invoice.messaging;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceEvent;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.billing.Cause;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.billing.InvoiceOverdue;
import dk.kl.partnerships.contracts.billing.InvoicePaid;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Invoice domain events as the {@code billing.invoices.v1} finance stream. */
@Component
public class InvoiceEventTranslator implements Function<InvoiceEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(InvoiceEvent event) {
        Invoice invoice = event.invoice();
        if (event instanceof InvoiceEvent.Paid) {
            return List.of(new InvoicePaid(
                    invoice.id(),
                    invoice.number(),
                    invoice.municipalityCode(),
                    invoice.paidOn(),
                    invoice.paidAmount(),
                    invoice.currency()));
        }
        if (event instanceof InvoiceEvent.Overdue) {
            return List.of(new InvoiceOverdue(
                    invoice.id(),
                    invoice.number(),
                    invoice.municipalityCode(),
                    invoice.dueOn(),
                    invoice.outstanding(),
                    invoice.currency(),
                    invoice.overdueSince()));
        }
        return List.of(new InvoiceIssued(
                invoice.id(),
                invoice.number(),
                invoice.series(),
                invoice.municipalityCode(),
                buyer(invoice.buyer()),
                invoice.programmeId(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.currency(),
                lines(invoice.lines()),
                invoice.netTotal(),
                invoice.vatTotal(),
                invoice.grossTotal(),
                new Cause(invoice.cause().eventType(), invoice.cause().eventId())));
    }

    public static dk.kl.partnerships.contracts.billing.Buyer buyer(Buyer buyer) {
        return new dk.kl.partnerships.contracts.billing.Buyer(
                buyer.name(),
                buyer.ean(),
                buyer.cvr(),
                buyer.reference(),
                new PostalAddress(
                        buyer.address().street(),
                        buyer.address().postalCode(),
                        buyer.address().city(),
                        buyer.address().countryCode()));
    }

    public static List<dk.kl.partnerships.contracts.billing.InvoiceLine> lines(List<InvoiceLine> lines) {
        return lines.stream()
                .map(line -> new dk.kl.partnerships.contracts.billing.InvoiceLine(
                        line.description(), line.quantity(), line.unitPrice(), line.netAmount(), line.vatRate()))
                .toList();
    }
}
