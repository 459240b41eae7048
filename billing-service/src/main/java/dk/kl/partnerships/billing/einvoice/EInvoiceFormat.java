package dk.kl.partnerships.billing.einvoice;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Invoice;

/**
 * A format Danish public buyers receive e-invoices in. Peppol BIS Billing 3.0 is the one in use;
 * another (OIOUBL, say) is a further implementation, chosen by its {@link #id()}.
 */
public interface EInvoiceFormat {

    /** The name clients ask for it by, e.g. {@code peppol-bis-3}. */
    String id();

    byte[] invoice(Invoice invoice);

    byte[] creditNote(CreditNote creditNote);
}
