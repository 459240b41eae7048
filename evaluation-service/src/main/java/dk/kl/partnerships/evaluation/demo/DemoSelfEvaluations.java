package dk.kl.partnerships.evaluation.demo;

import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.Indicator;
import dk.kl.partnerships.evaluation.registration.ParticipationTracking;
import dk.kl.partnerships.evaluation.registration.ProgrammeView;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluating;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers and submits the self-evaluations of the demonstration's ended programmes, as their
 * municipalities did: the BASELINE with modest scores and, once the programme's completion has
 * requested it, the FINAL with better ones — so benchlearning shows progress. The scores vary by
 * municipality and indicator but are the same on every run. Only open evaluations are answered,
 * through the same use cases a coordinator calls, so looking again changes nothing and
 * {@code SelfEvaluationSubmitted} goes out as in real use. Runs with the {@code demo} profile only.
 */
@Component
@Profile("demo")
class DemoSelfEvaluations {

    /** At most this many ended programmes, and open evaluations per round of each, per look. */
    private static final int PER_LOOK = 100;

    private static final Logger log = LoggerFactory.getLogger(DemoSelfEvaluations.class);
    private static final Caller KL = new Caller("demo-loader", Set.of(Role.KL_ADMIN), null);
    private static final int[] BASELINE_SCORES = {1, 2, 2, 3, 3};
    private static final int[] PROGRESS = {0, 1, 1, 2};

    private final ParticipationTracking knowledge;
    private final SelfEvaluating evaluations;
    private final FrameworkAuthoring frameworks;

    DemoSelfEvaluations(ParticipationTracking knowledge, SelfEvaluating evaluations, FrameworkAuthoring frameworks) {
        this.knowledge = knowledge;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
    }

    @Scheduled(
            initialDelayString = "${partnerships.demo.poll-interval:10s}",
            fixedDelayString = "${partnerships.demo.poll-interval:10s}")
    void poll() {
        try {
            int submitted = load();
            if (submitted > 0) {
                log.info("Demonstration: {} self-evaluations submitted", submitted);
            }
        } catch (RuntimeException e) {
            log.warn("Demonstration self-evaluations could not be submitted now; trying again at the next look", e);
        }
    }

    /** One look: submits what is open of the ended programmes, baselines before finals. */
    synchronized int load() {
        int submitted = 0;
        for (ProgrammeView programme : knowledge.programmesEndedBefore(evaluations.today(), PER_LOOK)) {
            for (Round round : List.of(Round.BASELINE, Round.FINAL)) {
                for (SelfEvaluation open : evaluations
                        .list(KL, null, programme.id(), round, SelfEvaluation.Status.OPEN, PageRequest.of(0, PER_LOOK))
                        .getContent()) {
                    if (round == Round.FINAL && !baselineSubmitted(open)) {
                        continue;
                    }
                    submitted += submit(open) ? 1 : 0;
                }
            }
        }
        return submitted;
    }

    private boolean baselineSubmitted(SelfEvaluation last) {
        try {
            return evaluations
                            .get(KL, SelfEvaluation.id(last.enrolmentId(), Round.BASELINE))
                            .status()
                    == SelfEvaluation.Status.SUBMITTED;
        } catch (NotFoundException notRequested) {
            return false;
        }
    }

    private boolean submit(SelfEvaluation evaluation) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Indicator indicator : frameworks
                .get(evaluation.frameworkKey(), evaluation.frameworkVersion())
                .content()
                .indicators()) {
            answers.put(indicator.key(), score(evaluation.municipalityCode(), indicator.key(), evaluation.round()));
        }
        try {
            evaluations.saveAnswers(KL, evaluation.id(), answers, Map.of());
            evaluations.submit(KL, evaluation.id());
            return true;
        } catch (ConflictException submittedMeanwhile) {
            return false;
        }
    }

    /** Baseline 1–3; the final the same or up to two points better, never above 5. */
    static int score(String municipalityCode, String indicator, Round round) {
        int baseline = BASELINE_SCORES[Math.floorMod((municipalityCode + ":" + indicator).hashCode(), 5)];
        if (round == Round.BASELINE) {
            return baseline;
        }
        int progress = PROGRESS[Math.floorMod((indicator + ":" + municipalityCode).hashCode(), PROGRESS.length)];
        return Math.min(Indicator.MAX_SCORE, baseline + progress);
    }
}
