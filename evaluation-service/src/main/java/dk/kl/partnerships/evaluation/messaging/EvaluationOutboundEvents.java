package dk.kl.partnerships.evaluation.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.evaluation.DimensionScore;
import dk.kl.partnerships.contracts.evaluation.EvaluationRound;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationEvent;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation service's domain events as the contracts it publishes on {@code evaluation.self-evaluations.v1}. */
@Configuration(proxyBeanMethods = false)
class EvaluationOutboundEvents {

    @Bean
    OutboundEvents outboundEvents() {
        return OutboundEvents.builder()
                .topic(Topic.SELF_EVALUATIONS)
                .map(
                        SelfEvaluationEvent.Requested.class,
                        SelfEvaluationRequested.class,
                        fact -> new SelfEvaluationRequested(
                                fact.selfEvaluationId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                EvaluationRound.valueOf(fact.round().name()),
                                fact.frameworkKey(),
                                fact.frameworkVersion(),
                                fact.dueOn()))
                .map(
                        SelfEvaluationEvent.Submitted.class,
                        SelfEvaluationSubmitted.class,
                        fact -> new SelfEvaluationSubmitted(
                                fact.selfEvaluationId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                EvaluationRound.valueOf(fact.round().name()),
                                fact.frameworkKey(),
                                fact.frameworkVersion(),
                                fact.dimensionScores().stream()
                                        .map(s -> new DimensionScore(s.dimension(), s.score()))
                                        .toList(),
                                fact.overallScore(),
                                fact.submittedAt()))
                .build();
    }
}
