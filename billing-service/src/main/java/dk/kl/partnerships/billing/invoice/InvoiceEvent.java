package dk.kl.partnerships.billing.invoice;

/** What finance systems learn about an invoice. */
public sealed interface InvoiceEvent {

    Invoice invoice();

    record Issued(Invoice invoice) implements InvoiceEvent {
    }
}
