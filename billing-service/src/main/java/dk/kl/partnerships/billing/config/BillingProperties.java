package dk.kl.partnerships.billing.config;

import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.invoice.Seller;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller on every invoice and the payment terms, from configuration ({@code partnerships.billing.*}).
 */
@ConfigurationProperties("partnerships.billing")
public record BillingProperties(Seller seller, Integer paymentTermsDays, String currency) {

    public InvoicingTerms terms() {
        return new InvoicingTerms(seller, paymentTermsDays == null ? 30 : paymentTermsDays,
                currency == null ? "DKK" : currency);
    }
}
