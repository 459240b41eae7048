package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice was not settled by its due date; {@code outstandingAmount} is what is still owed.
 *
 * <p>For a guest organisation's meeting fee {@code municipalityCode} is null and {@code organisationId}
 * ({@code 0088:<EAN>} or {@code 0184:<CVR>}) says whose it is, and keys the record; otherwise
 * {@code organisationId} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceOverdue(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        LocalDate dueOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstandingAmount,
        String currency,
        LocalDate detectedOn,
        String organisationId)
        implements IntegrationEvent {

    public InvoiceOverdue {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.municipalityOrOrganisation(municipalityCode, organisationId);
        Require.present(dueOn, "dueOn");
        outstandingAmount = Require.amount(outstandingAmount, "outstandingAmount");
        Require.text(currency, "currency");
        Require.present(detectedOn, "detectedOn");
    }

    @Override
    public String key() {
        return Require.partyKey(municipalityCode, organisationId);
    }
}
