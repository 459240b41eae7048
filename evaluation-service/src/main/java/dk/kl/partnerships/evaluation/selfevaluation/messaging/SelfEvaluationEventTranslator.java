package dk.kl.partnerships.evaluation.selfevaluation.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.evaluation.DimensionScore;
import dk.kl.partnerships.contracts.evaluation.EvaluationRound;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationEvent;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Self-evaluation domain events as the published {@code evaluation.self-evaluations.v1} contracts. */
@Component
public class SelfEvaluationEventTranslator implements Function<SelfEvaluationEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(SelfEvaluationEvent event) {
        SelfEvaluation evaluation = event.selfEvaluation();
        EvaluationRound round = EvaluationRound.valueOf(evaluation.round().name());
        if (event instanceof SelfEvaluationEvent.Requested) {
            return List.of(new SelfEvaluationRequested(
                    evaluation.id(),
                    evaluation.programmeId(),
                    evaluation.municipalityCode(),
                    round,
                    evaluation.frameworkKey(),
                    evaluation.frameworkVersion(),
                    evaluation.dueOn()));
        }
        return List.of(new SelfEvaluationSubmitted(
                evaluation.id(),
                evaluation.programmeId(),
                evaluation.municipalityCode(),
                round,
                evaluation.frameworkKey(),
                evaluation.frameworkVersion(),
                evaluation.dimensionScores().stream()
                        .map(s -> new DimensionScore(s.dimension(), s.score()))
                        .toList(),
                evaluation.overallScore(),
                evaluation.submittedAt()));
    }
}
