package dk.kl.partnerships.evaluation.selfevaluation;

import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.FrameworkContent;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** A municipality fills in and submits its own self-evaluations; KL sees all and who is overdue. */
@Service
public class SelfEvaluating {

    private static final String SELF_EVALUATION = "Self-evaluation";

    private final SelfEvaluationRepository repository;
    private final FrameworkAuthoring frameworks;
    private final Clock clock;

    SelfEvaluating(SelfEvaluationRepository repository, FrameworkAuthoring frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    public SelfEvaluation get(Caller caller, String id) {
        SelfEvaluation evaluation = repository.find(id).orElseThrow(() -> new NotFoundException(SELF_EVALUATION, id));
        caller.requireActFor(evaluation.municipalityCode(), SELF_EVALUATION, id);
        return evaluation;
    }

    public Page<SelfEvaluation> list(
            Caller caller,
            String municipalityCode,
            String programmeId,
            Round round,
            SelfEvaluation.Status status,
            Pageable page) {
        return repository.list(caller.visibleMunicipality(municipalityCode), programmeId, round, status, page);
    }

    public Page<SelfEvaluation> overdue(String programmeId, Pageable page) {
        return repository.overdue(programmeId, today(), page);
    }

    public SelfEvaluation saveAnswers(
            Caller caller, String id, Map<String, Integer> answers, Map<String, BigDecimal> keyFigures) {
        return change(
                caller,
                id,
                (evaluation, framework) -> evaluation.saveAnswers(framework, answers, keyFigures, clock.instant()));
    }

    public SelfEvaluation submit(Caller caller, String id) {
        return change(caller, id, (evaluation, framework) -> evaluation.submit(framework, clock.instant()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private SelfEvaluation change(Caller caller, String id, BiConsumer<SelfEvaluation, FrameworkContent> command) {
        SelfEvaluation current = get(caller, id);
        FrameworkContent framework = frameworks
                .get(current.frameworkKey(), current.frameworkVersion())
                .content();
        return ConflictRetry.run(() -> {
            SelfEvaluation evaluation = get(caller, id);
            command.accept(evaluation, framework);
            return repository.update(evaluation);
        });
    }
}
