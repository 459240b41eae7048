package dk.kl.partnerships.web.api.billing;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.Download;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** billing-service through the gateway: the municipality's invoices and their documents. */
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

    private static final ParameterizedTypeReference<ApiPage<Invoice>> INVOICES = new ParameterizedTypeReference<>() {};

    private final ApiClient api;

    BillingApi(ApiClient api) {
        this.api = api;
    }

    /** The municipality's invoices, newest first; all of them if {@code status} is null. */
    public ApiPage<Invoice> invoices(String municipalityCode, String status, int page, int size) {
        return api.get(
                uri -> uri.path("/api/invoices")
                        .queryParam("municipalityCode", municipalityCode)
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                INVOICES);
    }

    public Invoice invoice(String id) {
        return api.get("/api/invoices/{id}", Invoice.class, id);
    }

    /** One of the invoice's documents, by the path the API serves it at below the invoice ({@code ubl}). */
    public Download document(String invoiceId, String path) {
        return api.download("/api/invoices/{id}/" + path, invoiceId);
    }
}
