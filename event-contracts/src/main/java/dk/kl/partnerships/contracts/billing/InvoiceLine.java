package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;

/** One line: {@code netAmount = quantity × unitPrice}, VAT at {@code vatRate} percent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceLine(
        String description,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate) {

    public InvoiceLine {
        Require.text(description, "description");
        quantity = Require.amount(quantity, "quantity");
        unitPrice = Require.amount(unitPrice, "unitPrice");
        netAmount = Require.amount(netAmount, "netAmount");
        vatRate = Require.amount(vatRate, "vatRate");
    }
}
