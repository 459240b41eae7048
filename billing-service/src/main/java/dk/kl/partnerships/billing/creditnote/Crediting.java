package dk.kl.partnerships.billing.creditnote;

import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Cancels an invoice with a credit note, in full or line by line; crediting the same invoice in full
 * again changes nothing. A credit that would exceed what is uncredited is refused before the note
 * takes a number. What was paid beyond what is then owed is recorded on the invoice as a refund due.
 */
@Service
public class Crediting {

    /** The cause of a credit note asked for by a person: its event id is the caller. */
    public static final String REQUESTED = "CreditRequested";

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
        if (invoice.status() == InvoiceStatus.CREDITED) {
            // already credited in full (by a correction, or this credit before a crash): nothing is left to credit
            return creditNotes.find(invoice.creditNoteId()).orElseThrow();
        }
        CreditNote note = creditNotes.issue(CreditNote.crediting(invoice, reason, cause, LocalDate.now(clock)));
        ConflictRetry.run(() -> {
            Invoice current = invoices.find(invoiceId).orElseThrow();
            current.markCredited(note.id());
            return invoices.update(current);
        });
        return note;
    }

    /**
     * A credit note KL or finance asks for to correct an invoice: the given quantities per line (by
     * position), or, with none given, whatever is still uncredited. Refunds what was paid beyond what
     * is then owed.
     */
    public CreditNote creditOnRequest(
            Caller caller, String invoiceId, Map<Integer, BigDecimal> quantities, String reason) {
        Invoice invoice = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        Map<Integer, BigDecimal> credited = quantities.isEmpty() ? invoice.uncreditedLines() : quantities;
        String id = CreditNote.idFor(invoice) + "-" + (invoice.creditNoteIds().size() + 1);
        return credit(id, invoiceId, credited, reason, new Cause(REQUESTED, caller.subject()));
    }

    /** How many units a credit note credited, all its lines together; zero for one not issued. */
    public BigDecimal creditedQuantity(String creditNoteId) {
        return creditNotes
                .find(creditNoteId)
                .map(note -> note.lines().stream().map(InvoiceLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .orElse(BigDecimal.ZERO);
    }

    /** A partial credit note: per invoice line (by position) the quantity credited. */
    public CreditNote credit(
            String creditNoteId, String invoiceId, Map<Integer, BigDecimal> quantities, String reason, Cause cause) {
        Invoice invoice = invoices.find(invoiceId).orElseThrow();
        invoice.requireCreditable(quantities);
        CreditNote note = creditNotes.issue(
                CreditNote.crediting(creditNoteId, invoice, quantities, reason, cause, LocalDate.now(clock)));
        ConflictRetry.run(() -> {
            Invoice current = invoices.find(invoiceId).orElseThrow();
            current.recordCredit(note.id(), quantities, note.grossTotal());
            return invoices.update(current);
        });
        return note;
    }
}
