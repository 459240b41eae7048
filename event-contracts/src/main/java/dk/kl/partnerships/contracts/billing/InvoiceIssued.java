package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued. It is immutable: a correction is a credit note. {@code invoiceNumber} is
 * gapless within its {@code series} and year ({@code 2026-000123}). An invoice re-issued with
 * corrected buyer details names the invoice it replaces (credited in full by a credit note);
 * otherwise both fields are null.
 *
 * <p>For a guest organisation's meeting fee {@code municipalityCode} is null and {@code organisationId}
 * ({@code 0088:<EAN>} or {@code 0184:<CVR>}) says whose it is, and keys the record; otherwise
 * {@code organisationId} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceIssued(
        String invoiceId,
        String invoiceNumber,
        String series,
        String municipalityCode,
        Buyer buyer,
        String programmeId,
        LocalDate issuedOn,
        LocalDate dueOn,
        String currency,
        List<InvoiceLine> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossTotal,
        Cause cause,
        String replacesInvoiceId,
        String replacesInvoiceNumber,
        String organisationId)
        implements IntegrationEvent {

    public InvoiceIssued {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.text(series, "series");
        Require.municipalityOrOrganisation(municipalityCode, organisationId);
        Require.present(buyer, "buyer");
        Require.text(programmeId, "programmeId");
        Require.present(issuedOn, "issuedOn");
        Require.present(dueOn, "dueOn");
        Require.text(currency, "currency");
        lines = Require.list(lines);
        netTotal = Require.amount(netTotal, "netTotal");
        vatTotal = Require.amount(vatTotal, "vatTotal");
        grossTotal = Require.amount(grossTotal, "grossTotal");
        Require.present(cause, "cause");
    }

    @Override
    public String key() {
        return Require.partyKey(municipalityCode, organisationId);
    }
}
