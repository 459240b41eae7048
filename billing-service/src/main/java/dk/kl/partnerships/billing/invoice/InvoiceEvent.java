package dk.kl.partnerships.billing.invoice;

/** What finance systems learn about an invoice. */
public sealed interface InvoiceEvent {

    Invoice invoice();

    record Issued(Invoice invoice) implements InvoiceEvent {}

    record Paid(Invoice invoice) implements InvoiceEvent {}

    record Overdue(Invoice invoice) implements InvoiceEvent {}
}
