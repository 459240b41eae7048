package dk.kl.partnerships.registration.schedule;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.registration.enrolment.ParticipantErasing;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes the programmes whose end date has come, so that the final self-evaluations are
 * requested without KL having to remember it, and erases the participants of programmes that ended
 * longer ago than the retention period. What it acts on is stored, so it picks up after any
 * restart: it runs at start-up and then every night; running twice, or on two instances, does no
 * harm.
 */
@Component
class RegistrationSchedule {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSchedule.class);

    private final ProgrammePlanning programmes;
    private final ParticipantErasing erasing;

    RegistrationSchedule(ProgrammePlanning programmes, ParticipantErasing erasing) {
        this.programmes = programmes;
        this.erasing = erasing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        completeEnded();
        eraseExpired();
    }

    @Scheduled(cron = "${partnerships.registration.completion-check-cron:0 5 0 * * *}", zone = BusinessTime.ZONE_ID)
    void completeEnded() {
        try {
            int completed = programmes.completeEnded();
            if (completed > 0) {
                log.info("Completed {} programmes that reached their end date", completed);
            }
        } catch (RuntimeException e) {
            log.warn("The check for ended programmes failed; it runs again at its next time", e);
        }
    }

    @Scheduled(cron = "${partnerships.registration.retention-check-cron:0 35 0 * * *}", zone = BusinessTime.ZONE_ID)
    void eraseExpired() {
        try {
            int erased = erasing.eraseExpired();
            if (erased > 0) {
                log.info("Erased {} participants of programmes past the retention period", erased);
            }
        } catch (RuntimeException e) {
            log.warn("The retention check failed; it runs again at its next time", e);
        }
    }
}
