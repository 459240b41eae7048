package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice is settled: the payments registered against it add up to its gross total.
 *
 * <p>For a guest organisation's meeting fee {@code municipalityCode} is null and {@code organisationId}
 * ({@code 0088:<EAN>} or {@code 0184:<CVR>}) says whose it is, and keys the record; otherwise
 * {@code organisationId} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoicePaid(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        LocalDate paidOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
        String currency,
        String organisationId)
        implements IntegrationEvent {

    public InvoicePaid {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.municipalityOrOrganisation(municipalityCode, organisationId);
        Require.present(paidOn, "paidOn");
        amountPaid = Require.amount(amountPaid, "amountPaid");
        Require.text(currency, "currency");
    }

    @Override
    public String key() {
        return Require.partyKey(municipalityCode, organisationId);
    }
}
