package dk.kl.partnerships.billing.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.security.secrets.SampleSecretsGuard;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The seller configuration as the service reads it from its own application.yml at start-up, with
 * the platform's check of known samples that every process runs first.
 */
class SellerConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BillingProperties.class)
    static class Properties {}

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withInitializer(new SampleSecretsGuard())
            .withUserConfiguration(Properties.class, BillingConfiguration.class);

    @Test
    void aDevelopmentRunStartsWithTheSampleSeller() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(InvoicingTerms.class).seller().payment().means())
                    .isEqualTo("58");
        });
    }

    @Test
    void theProductionProfileRefusesToStartWithTheSampleSeller() {
        service.withPropertyValues("spring.profiles.active=production")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasMessageContaining("partnerships.billing.seller.ean holds a development sample")
                        .hasMessageContaining("partnerships.billing.seller.payment.iban holds a development sample"));
    }

    @Test
    void theProductionProfileStartsWithTheSellersOwnDataAndADanishAccount() {
        service.withPropertyValues(
                        "spring.profiles.active=production",
                        "partnerships.billing.seller.ean=5790001330583",
                        "partnerships.billing.seller.payment.means=42",
                        "partnerships.billing.seller.payment.iban=",
                        "partnerships.billing.seller.payment.registration-number=1551",
                        "partnerships.billing.seller.payment.account-number=3456789012")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(InvoicingTerms.class)
                                    .seller()
                                    .payment()
                                    .display())
                            .isEqualTo("reg.nr. 1551 konto 3456789012");
                });
    }

    @Test
    void aWrongIbanOrAnUnknownPaymentMeansIsRefusedByField() {
        service.withPropertyValues("partnerships.billing.seller.payment.iban=DK5000400440116244")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("payment.iban: the check digits do not match"));
        service.withPropertyValues("partnerships.billing.seller.payment.means=30")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("payment.means: 30 is not 58, 31 or 42"));
    }
}
