package dk.kl.partnerships.web.api.billing;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.Download;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * billing-service through the gateway: invoices and their documents; for KL (read only) every
 * municipality's invoices, the credit notes and the audit of the number series.
 */
@Component
public class BillingApi {

    public record Buyer(String name, String ean, String cvr, String reference) {}

    public record Line(
            String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal netAmount, BigDecimal vatRate) {}

    public record Invoice(
            String id,
            String number,
            String status,
            String municipalityCode,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            List<Line> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            BigDecimal paidAmount,
            BigDecimal outstanding,
            LocalDate paidOn,
            String creditNoteId) {}

    public record CreditNote(
            String id,
            String number,
            String municipalityCode,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            String creditedInvoiceId,
            String creditedInvoiceNumber,
            String reason) {}

    /** One number series of a year: first and last number, how many, and what is missing. */
    public record SeriesAudit(
            String series,
            int year,
            Long first,
            Long last,
            long count,
            long gapCount,
            List<Long> gaps,
            long duplicates) {

        public boolean isComplete() {
            return gapCount == 0 && duplicates == 0 && (first == null || first == 1);
        }
    }

    public record NumberAudit(int year, boolean complete, List<SeriesAudit> series) {}

    private static final ParameterizedTypeReference<ApiPage<Invoice>> INVOICES = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<CreditNote>> CREDIT_NOTES =
            new ParameterizedTypeReference<>() {};

    private final ApiClient api;

    BillingApi(ApiClient api) {
        this.api = api;
    }

    /** Which invoices: a municipality's, a programme's, of a status; null for any. */
    public record InvoiceFilter(String municipalityCode, String programmeId, String status) {}

    /** The municipality's invoices, newest first; of every status if {@code status} is null. */
    public ApiPage<Invoice> invoices(String municipalityCode, String status, int page, int size) {
        return invoices(new InvoiceFilter(municipalityCode, null, status), page, size);
    }

    /** The programme's invoices, every municipality's (KL, finance). */
    public ApiPage<Invoice> invoicesOf(String programmeId, int page, int size) {
        return invoices(new InvoiceFilter(null, programmeId, null), page, size);
    }

    /** Invoices, newest first; a municipality sees only its own whatever it asks for. */
    public ApiPage<Invoice> invoices(InvoiceFilter filter, int page, int size) {
        return api.get(
                uri -> uri.path("/api/invoices")
                        .queryParamIfPresent("municipalityCode", Optional.ofNullable(filter.municipalityCode()))
                        .queryParamIfPresent("programmeId", Optional.ofNullable(filter.programmeId()))
                        .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                INVOICES);
    }

    /** Credit notes, newest first; every municipality's if {@code municipalityCode} is null (KL, finance). */
    public ApiPage<CreditNote> creditNotes(String municipalityCode, int page, int size) {
        return api.get(
                uri -> uri.path("/api/credit-notes")
                        .queryParamIfPresent("municipalityCode", Optional.ofNullable(municipalityCode))
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                CREDIT_NOTES);
    }

    public NumberAudit numberAudit(int year) {
        return api.get("/api/billing/number-audit?year={year}", NumberAudit.class, year);
    }

    public Invoice invoice(String id) {
        return api.get("/api/invoices/{id}", Invoice.class, id);
    }

    /** One of the invoice's documents, by the path the API serves it at below the invoice ({@code ubl}). */
    public Download document(String invoiceId, String path) {
        return api.download("/api/invoices/{id}/" + path, invoiceId);
    }
}
