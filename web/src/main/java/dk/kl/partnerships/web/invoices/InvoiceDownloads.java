package dk.kl.partnerships.web.invoices;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.billing.BillingApi;
import dk.kl.partnerships.web.api.billing.BillingApi.Invoice;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** An invoice's documents as downloads named after the invoice, for the coordinator's pages and KL's alike. */
@Component
public class InvoiceDownloads {

    private final BillingApi billing;

    InvoiceDownloads(BillingApi billing) {
        this.billing = billing;
    }

    /** The documents an invoice page offers, in order. */
    public List<InvoiceDocument> documents() {
        return List.of(InvoiceDocument.values());
    }

    /** The invoice's document by its name in the URL ({@code e-faktura}); an unknown one is not found. */
    public ResponseEntity<byte[]> download(String invoiceId, String document) {
        InvoiceDocument kind =
                InvoiceDocument.bySlug(document).orElseThrow(() -> ApiProblem.notFound("No such document"));
        Invoice invoice = billing.invoice(invoiceId);
        return billing.document(invoiceId, kind.apiPath)
                .asAttachment("faktura-" + invoice.number() + "." + kind.extension);
    }
}
