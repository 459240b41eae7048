package dk.kl.partnerships.billing.demo;

import dk.kl.partnerships.billing.payment.PaymentTracking;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * With the demo profile, instalments are invoiced, and payments recorded and invoices found overdue,
 * by the {@link HistoryClock}: until the demonstration's history is invoiced and paid
 * ({@link DemoInvoices}) nothing falls due and nothing is overdue, so a joining that arrives
 * meanwhile is recorded and planned but not yet invoiced, and the overdue check, at start-up or on
 * its schedule, finds no invoice of the history unpaid; once it is, or if it was on an earlier run,
 * the clock is the system's. Everything else in the service keeps the system clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoInvoicingConfiguration {

    /** Not a {@link Clock} bean itself, so that nothing else in the service reads it. */
    @Bean
    HistoryTime historyTime(Clock clock, MongoTemplate mongo) {
        return new HistoryTime(
                DemoInvoices.historyInvoiced(mongo)
                        ? HistoryClock.following(clock)
                        : HistoryClock.heldBeforeHistory(clock));
    }

    @Bean
    @Primary
    InstalmentInvoicing historicalInstalmentInvoicing(
            @Qualifier("instalmentInvoicing") InstalmentInvoicing invoicing, HistoryTime history) {
        return invoicing.withClock(history.clock());
    }

    @Bean
    @Primary
    PaymentTracking historicalPaymentTracking(
            @Qualifier("paymentTracking") PaymentTracking payments, HistoryTime history) {
        return payments.withClock(history.clock());
    }

    /** The history clock, for the loader to move. */
    record HistoryTime(HistoryClock clock) {}
}
