package dk.kl.partnerships.evaluation.selfevaluation;

import dk.kl.partnerships.evaluation.EvaluationSettings;
import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.QualityFramework;
import dk.kl.partnerships.evaluation.registration.Participation;
import dk.kl.partnerships.evaluation.registration.ParticipationRecorded;
import dk.kl.partnerships.evaluation.registration.ParticipationTracking;
import dk.kl.partnerships.evaluation.registration.ProgrammeRecorded;
import dk.kl.partnerships.evaluation.registration.ProgrammeView;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Brings an enrolment's self-evaluations in line with what is known of it: a joined municipality
 * owes a BASELINE, a completed programme a FINAL from every municipality still in it, and a
 * withdrawal cancels what is not yet submitted. Facts may arrive in any order and more than once;
 * each settles to the same result: what registration's facts change is settled as soon as the
 * fact is recorded, in the same consumption of the event.
 */
@Service
class Requesting {

    private static final Logger log = LoggerFactory.getLogger(Requesting.class);
    private static final int BATCH = 100;

    private final ParticipationTracking programmes;
    private final FrameworkAuthoring frameworks;
    private final SelfEvaluationRepository evaluations;
    private final EvaluationSettings settings;
    private final Clock clock;

    Requesting(
            ParticipationTracking programmes,
            FrameworkAuthoring frameworks,
            SelfEvaluationRepository evaluations,
            EvaluationSettings settings,
            Clock clock) {
        this.programmes = programmes;
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(ProgrammeRecorded recorded) {
        settleProgramme(recorded.programmeId());
    }

    @EventListener
    void on(ParticipationRecorded recorded) {
        settle(recorded.enrolmentId());
    }

    /** Settles every enrolment of a programme, in bounded batches: after its publication or completion. */
    private void settleProgramme(String programmeId) {
        String afterId = null;
        List<Participation> batch;
        do {
            batch = programmes.participations(programmeId, afterId, BATCH);
            for (Participation participation : batch) {
                settle(participation.enrolmentId());
                afterId = participation.enrolmentId();
            }
        } while (batch.size() == BATCH);
    }

    private void settle(String enrolmentId) {
        Optional<Participation> known = programmes.participation(enrolmentId);
        if (known.isEmpty() || !known.get().joined()) {
            return;
        }
        Participation participation = known.get();
        if (participation.withdrawn()) {
            for (Round round : Round.values()) {
                cancel(SelfEvaluation.id(enrolmentId, round));
            }
            return;
        }
        Optional<ProgrammeView> programme = programmes.findProgramme(participation.programmeId());
        if (programme.isEmpty()) {
            log.info("Self-evaluations of {} wait for programme {}", enrolmentId, participation.programmeId());
            return;
        }
        request(
                participation,
                programme.get(),
                Round.BASELINE,
                participation.joinedOn().plusDays(settings.baselineDueDays()));
        if (programme.get().completedOn() != null) {
            request(
                    participation,
                    programme.get(),
                    Round.FINAL,
                    programme.get().completedOn().plusDays(settings.finalDueDays()));
        }
    }

    private void request(Participation participation, ProgrammeView programme, Round round, LocalDate dueOn) {
        String id = SelfEvaluation.id(participation.enrolmentId(), round);
        if (evaluations.find(id).isPresent()) {
            return;
        }
        QualityFramework framework = frameworks.latest(programme.frameworkKey());
        frameworks.markInUse(framework);
        try {
            evaluations.insert(SelfEvaluation.request(
                    participation.enrolmentId(),
                    programme.id(),
                    participation.municipalityCode(),
                    round,
                    framework.key(),
                    framework.version(),
                    dueOn,
                    clock.instant()));
            log.info(
                    "Requested the {} self-evaluation of {} in {}, due {}",
                    round,
                    participation.municipalityCode(),
                    programme.id(),
                    dueOn);
        } catch (DuplicateKeyException requestedConcurrently) {
            log.debug("Self-evaluation {} was requested concurrently", id);
        }
    }

    private void cancel(String id) {
        ConflictRetry.run(
                () -> evaluations.find(id).filter(SelfEvaluation::cancel).map(evaluations::update));
    }
}
