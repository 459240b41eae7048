package dk.kl.partnerships.billing.config;

import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.registration.WithdrawalPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    @Bean
    InvoicingTerms invoicingTerms(BillingProperties properties) {
        SellerCheck.check(properties.seller());
        return properties.terms();
    }

    @Bean
    WithdrawalPolicy withdrawalPolicy(BillingProperties properties) {
        return properties.withdrawalPolicy();
    }
}
