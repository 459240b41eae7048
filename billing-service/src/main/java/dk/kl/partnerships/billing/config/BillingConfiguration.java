package dk.kl.partnerships.billing.config;

import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.registration.WithdrawalPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    @Bean
    InvoicingTerms invoicingTerms(BillingProperties properties, Environment environment) {
        SellerCheck.check(properties.seller(), environment.getActiveProfiles());
        return properties.terms();
    }

    @Bean
    WithdrawalPolicy withdrawalPolicy(BillingProperties properties) {
        return properties.withdrawalPolicy();
    }
}
