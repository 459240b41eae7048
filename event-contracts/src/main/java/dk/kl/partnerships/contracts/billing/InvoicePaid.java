package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice is settled: the payments registered against it add up to its gross total. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoicePaid(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        LocalDate paidOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
        String currency)
        implements IntegrationEvent {

    public InvoicePaid {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(paidOn, "paidOn");
        amountPaid = Require.amount(amountPaid, "amountPaid");
        Require.text(currency, "currency");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
