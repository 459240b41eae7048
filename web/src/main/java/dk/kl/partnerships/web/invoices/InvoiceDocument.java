package dk.kl.partnerships.web.invoices;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents of an invoice a coordinator can download, in the order the page offers them. A new
 * document billing serves below {@code /api/invoices/{id}/} is one more constant and one text in the
 * message bundle ({@code invoices.document.<name>}).
 *
 * @param slug      its name in the web client's URL
 * @param apiPath   where billing serves it below the invoice
 * @param extension of the downloaded file
 */
public enum InvoiceDocument {
    /** The invoice a person reads, with every field the VAT rules require. */
    PDF("pdf", "pdf", "pdf"),
    /** The e-invoice for the municipality's finance system. */
    E_INVOICE("e-faktura", "ubl", "xml");

    final String slug;
    final String apiPath;
    final String extension;

    InvoiceDocument(String slug, String apiPath, String extension) {
        this.slug = slug;
        this.apiPath = apiPath;
        this.extension = extension;
    }

    public String getSlug() {
        return slug;
    }

    public String getExtension() {
        return extension;
    }

    static Optional<InvoiceDocument> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
