package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note was issued against an invoice. Its totals are positive amounts credited; its
 * number is gapless in the credit-note series.
 *
 * <p>For a guest organisation's meeting fee {@code municipalityCode} is null and {@code organisationId}
 * ({@code 0088:<EAN>} or {@code 0184:<CVR>}) says whose it is, and keys the record; otherwise
 * {@code organisationId} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreditNoteIssued(
        String creditNoteId,
        String creditNoteNumber,
        String series,
        String municipalityCode,
        Buyer buyer,
        String programmeId,
        LocalDate issuedOn,
        String currency,
        List<InvoiceLine> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossTotal,
        String creditedInvoiceId,
        String creditedInvoiceNumber,
        String reason,
        Cause cause,
        String organisationId)
        implements IntegrationEvent {

    public CreditNoteIssued {
        Require.text(creditNoteId, "creditNoteId");
        Require.text(creditNoteNumber, "creditNoteNumber");
        Require.text(series, "series");
        Require.municipalityOrOrganisation(municipalityCode, organisationId);
        Require.present(buyer, "buyer");
        Require.text(programmeId, "programmeId");
        Require.present(issuedOn, "issuedOn");
        Require.text(currency, "currency");
        lines = Require.list(lines);
        netTotal = Require.amount(netTotal, "netTotal");
        vatTotal = Require.amount(vatTotal, "vatTotal");
        grossTotal = Require.amount(grossTotal, "grossTotal");
        if (grossTotal.signum() < 0) {
            throw new IllegalArgumentException("grossTotal of a credit note must not be negative");
        }
        Require.text(creditedInvoiceId, "creditedInvoiceId");
        Require.text(creditedInvoiceNumber, "creditedInvoiceNumber");
        Require.text(reason, "reason");
        Require.present(cause, "cause");
    }

    @Override
    public String key() {
        return Require.partyKey(municipalityCode, organisationId);
    }
}
