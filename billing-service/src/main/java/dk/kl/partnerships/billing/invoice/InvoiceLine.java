package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;

/** One line: {@code netAmount = quantity × unitPrice}, with VAT at {@code vatRate} percent. */
public record InvoiceLine(
        String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal netAmount, BigDecimal vatRate) {

    public static InvoiceLine of(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        return new InvoiceLine(
                description,
                Amounts.exact(quantity),
                Amounts.exact(unitPrice),
                Amounts.round(quantity.multiply(unitPrice)),
                Amounts.exact(vatRate));
    }
}
