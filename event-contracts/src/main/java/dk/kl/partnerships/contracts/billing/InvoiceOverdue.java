package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice was not settled by its due date; {@code outstandingAmount} is what is still owed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceOverdue(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        LocalDate dueOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstandingAmount,
        String currency,
        LocalDate detectedOn)
        implements IntegrationEvent {

    public InvoiceOverdue {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(dueOn, "dueOn");
        outstandingAmount = Require.amount(outstandingAmount, "outstandingAmount");
        Require.text(currency, "currency");
        Require.present(detectedOn, "detectedOn");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
