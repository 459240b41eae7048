package dk.kl.partnerships.billing.pdf;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteRepository;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Prints each issued invoice and credit note once and announces the PDF, after — and apart from —
 * issuing it: issuing never waits for a PDF. A document delivered again, or printed by another
 * instance at the same time, is announced once.
 */
@Service
public class DocumentIssuing {

    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final IssuedDocumentRepository documents;
    private final InvoicePrinting printing;
    private final Clock clock;
    private final MeterRegistry meters;

    DocumentIssuing(
            InvoiceRepository invoices,
            CreditNoteRepository creditNotes,
            IssuedDocumentRepository documents,
            InvoicePrinting printing,
            Clock clock,
            MeterRegistry meters) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.documents = documents;
        this.printing = printing;
        this.clock = clock;
        this.meters = meters;
    }

    public void invoiceIssued(String invoiceId) {
        if (documents.exists(invoiceId)) {
            return;
        }
        Invoice invoice = invoices.find(invoiceId)
                .orElseThrow(() -> new IllegalStateException("Issued invoice " + invoiceId + " is not stored"));
        // A guest organisation's has no municipality whose contacts are told; its e-invoice goes by Peppol
        if (invoice.municipalityCode() == null) {
            return;
        }
        byte[] pdf = printing.invoice(invoice);
        announce(IssuedDocument.ofInvoice(invoice, InvoicePrinting.fileName(invoice), pdf, clock.instant()));
    }

    public void creditNoteIssued(String creditNoteId) {
        if (documents.exists(creditNoteId)) {
            return;
        }
        CreditNote note = creditNotes
                .find(creditNoteId)
                .orElseThrow(() -> new IllegalStateException("Issued credit note " + creditNoteId + " is not stored"));
        if (note.municipalityCode() == null) {
            return;
        }
        byte[] pdf = printing.creditNote(note);
        announce(IssuedDocument.ofCreditNote(note, InvoicePrinting.fileName(note), pdf, clock.instant()));
    }

    private void announce(IssuedDocument document) {
        if (documents.insertOnce(document)) {
            meters.counter(
                            "partnerships.billing.documents.issued",
                            "kind",
                            document.kind().name())
                    .increment();
            meters.summary(
                            "partnerships.billing.documents.size",
                            "kind",
                            document.kind().name())
                    .record(document.size());
        }
    }
}
