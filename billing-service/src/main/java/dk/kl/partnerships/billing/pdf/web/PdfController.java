package dk.kl.partnerships.billing.pdf.web;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteReading;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceReading;
import dk.kl.partnerships.billing.pdf.InvoicePrinting;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Invoices and credit notes as PDF, for whoever may read them (a municipality only its own). */
@RestController
class PdfController {

    private final InvoiceReading invoices;
    private final CreditNoteReading creditNotes;
    private final InvoicePrinting printing;

    PdfController(InvoiceReading invoices, CreditNoteReading creditNotes, InvoicePrinting printing) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.printing = printing;
    }

    @GetMapping(value = "/api/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoice(Caller caller, @PathVariable String id) {
        Invoice invoice = invoices.get(caller, id);
        return pdf(InvoicePrinting.fileName(invoice), printing.invoice(invoice));
    }

    @GetMapping(value = "/api/credit-notes/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> creditNote(Caller caller, @PathVariable String id) {
        CreditNote note = creditNotes.get(caller, id);
        return pdf(InvoicePrinting.fileName(note), printing.creditNote(note));
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(document);
    }
}
