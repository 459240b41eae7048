package dk.kl.partnerships.billing.membership;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues instalments on their due date. The plan is stored with each membership, so nothing is
 * lost across restarts: the check runs at start-up and then regularly.
 */
@Component
class InstalmentSchedule {

    private static final Logger log = LoggerFactory.getLogger(InstalmentSchedule.class);

    private final Billing billing;

    InstalmentSchedule(Billing billing) {
        this.billing = billing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        check();
    }

    @Scheduled(fixedDelayString = "${partnerships.billing.instalment-check-interval:PT1H}",
            initialDelayString = "${partnerships.billing.instalment-check-interval:PT1H}")
    void check() {
        try {
            int settled = billing.invoiceDueInstalments();
            if (settled > 0) {
                log.info("Instalment check settled {} memberships", settled);
            }
        } catch (RuntimeException e) {
            log.warn("Instalment check failed; it runs again at the next interval", e);
        }
    }
}
