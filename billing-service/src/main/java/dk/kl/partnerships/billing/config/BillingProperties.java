package dk.kl.partnerships.billing.config;

import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.registration.WithdrawalPolicy;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller on every invoice and the payment terms, from configuration ({@code partnerships.billing.*}).
 */
@ConfigurationProperties("partnerships.billing")
record BillingProperties(
        Seller seller, Integer paymentTermsDays, String currency, BigDecimal defaultVatRate, Withdrawal withdrawal) {

    public InvoicingTerms terms() {
        return new InvoicingTerms(
                seller,
                paymentTermsDays == null ? 30 : paymentTermsDays,
                currency == null ? "DKK" : currency,
                defaultVatRate == null ? new BigDecimal("25.00") : defaultVatRate.setScale(2));
    }

    public WithdrawalPolicy withdrawalPolicy() {
        return withdrawal == null
                ? WithdrawalPolicy.DEFAULT
                : new WithdrawalPolicy(withdrawal.creditIssuedBeforeStart(), withdrawal.creditIssuedAfterStart());
    }

    /** Whether invoices already issued are credited when a municipality withdraws before or after the start. */
    public record Withdrawal(boolean creditIssuedBeforeStart, boolean creditIssuedAfterStart) {}
}
