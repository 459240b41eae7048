package dk.kl.partnerships.billing.einvoice.web;

import dk.kl.partnerships.billing.creditnote.CreditNoteReading;
import dk.kl.partnerships.billing.einvoice.EInvoicing;
import dk.kl.partnerships.billing.invoice.InvoiceReading;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices and credit notes as e-invoices (UBL 2.1, Peppol BIS Billing 3.0 unless another format is asked for). */
@RestController
class EInvoiceController {

    private final InvoiceReading invoices;
    private final CreditNoteReading creditNotes;
    private final EInvoicing formats;

    EInvoiceController(InvoiceReading invoices, CreditNoteReading creditNotes, EInvoicing formats) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.formats = formats;
    }

    @GetMapping(value = "/api/invoices/{id}/ubl", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> invoice(
            Caller caller, @PathVariable String id, @RequestParam(required = false) String format) {
        return xml(formats.format(format).invoice(invoices.get(caller, id)));
    }

    @GetMapping(value = "/api/credit-notes/{id}/ubl", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> creditNote(
            Caller caller, @PathVariable String id, @RequestParam(required = false) String format) {
        return xml(formats.format(format).creditNote(creditNotes.get(caller, id)));
    }

    private static ResponseEntity<byte[]> xml(byte[] document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(document);
    }
}
