package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;

/**
 * A credit note took off a paid invoice more than is still owed: {@code amount} is due back to the
 * buyer because of that credit note, {@code totalRefundDue} all that is due back on the invoice.
 *
 * <p>For a guest organisation's meeting fee {@code municipalityCode} is null and {@code organisationId}
 * ({@code 0088:<EAN>} or {@code 0184:<CVR>}) says whose it is, and keys the record; otherwise
 * {@code organisationId} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefundDue(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        String creditNoteId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalRefundDue,
        String currency,
        String organisationId)
        implements IntegrationEvent {

    public RefundDue {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.municipalityOrOrganisation(municipalityCode, organisationId);
        Require.text(creditNoteId, "creditNoteId");
        amount = Require.amount(amount, "amount");
        totalRefundDue = Require.amount(totalRefundDue, "totalRefundDue");
        Require.text(currency, "currency");
    }

    @Override
    public String key() {
        return Require.partyKey(municipalityCode, organisationId);
    }
}
