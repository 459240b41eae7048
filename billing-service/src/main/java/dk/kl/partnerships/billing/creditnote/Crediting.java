package dk.kl.partnerships.billing.creditnote;

import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Cancels an invoice with a credit note; crediting the same invoice again changes nothing. */
@Service
public class Crediting {

    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final Clock clock;

    Crediting(InvoiceRepository invoices, CreditNoteRepository creditNotes, Clock clock) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.clock = clock;
    }

    public CreditNote credit(String invoiceId, String reason, Cause cause) {
        Invoice invoice = invoices.find(invoiceId).orElseThrow();
        CreditNote note = creditNotes.issue(CreditNote.crediting(invoice, reason, cause, LocalDate.now(clock)));
        ConflictRetry.run(() -> {
            Invoice current = invoices.find(invoiceId).orElseThrow();
            current.markCredited(note.id());
            return invoices.update(current);
        });
        return note;
    }
}
