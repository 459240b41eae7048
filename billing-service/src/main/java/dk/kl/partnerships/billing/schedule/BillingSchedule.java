package dk.kl.partnerships.billing.schedule;

import dk.kl.partnerships.billing.meetingfee.MeetingFeeInvoicing;
import dk.kl.partnerships.billing.payment.PaymentTracking;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The checks that depend on the calendar: instalments falling due, meeting fees whose billing
 * details have arrived, invoices turning overdue. Everything they act on is stored, so they pick up
 * after any restart; they run at start-up and then regularly, and running twice does no harm.
 */
@Component
class BillingSchedule {

    private static final Logger log = LoggerFactory.getLogger(BillingSchedule.class);

    private final InstalmentInvoicing billing;
    private final MeetingFeeInvoicing meetingFees;
    private final PaymentTracking payments;

    BillingSchedule(InstalmentInvoicing billing, MeetingFeeInvoicing meetingFees, PaymentTracking payments) {
        this.billing = billing;
        this.meetingFees = meetingFees;
        this.payments = payments;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        invoiceDue();
        markOverdue();
    }

    @Scheduled(
            fixedDelayString = "${partnerships.billing.instalment-check-interval:PT1H}",
            initialDelayString = "${partnerships.billing.instalment-check-interval:PT1H}")
    void invoiceDue() {
        run("instalments due", billing::invoiceDueInstalments);
        run("pending meeting fees", meetingFees::settleAllPending);
    }

    @Scheduled(cron = "${partnerships.billing.overdue-check-cron:0 0 6 * * *}", zone = BusinessTime.ZONE_ID)
    void markOverdue() {
        run("overdue invoices", payments::markOverdue);
    }

    private static void run(String check, IntSupplier action) {
        try {
            int settled = action.getAsInt();
            if (settled > 0) {
                log.info("Check of {} settled {}", check, settled);
            }
        } catch (RuntimeException e) {
            log.warn("Check of {} failed; it runs again at its next time", check, e);
        }
    }
}
