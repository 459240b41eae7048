package dk.kl.partnerships.evaluation.messaging;

import dk.kl.partnerships.evaluation.framework.Scoring;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationEvent;
import dk.kl.partnerships.kit.test.GoldenSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event the evaluation service publishes goes on the wire exactly as its golden sample. */
class EvaluationOutboundEventsTests {

    static final String SELF_EVALUATION = "5e1f0a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
    static final String PROGRAMME = "3f1c2a9e-6d1b-4c57-9a0e-2b7d8c1e5f40";

    @Test
    void everyDomainEventIsPublishedAsItsGoldenSample() {
        GoldenSamples.assertPublishedAsGoldenSamples(
                "evaluation-service",
                new EvaluationOutboundEvents().outboundEvents(),
                List.of(
                        new SelfEvaluationEvent.Requested(
                                SELF_EVALUATION,
                                PROGRAMME,
                                "630",
                                Round.BASELINE,
                                "sfo-klub",
                                1,
                                LocalDate.of(2022, 1, 24),
                                Instant.parse("2021-11-25T10:00:00Z")),
                        new SelfEvaluationEvent.Submitted(
                                SELF_EVALUATION,
                                PROGRAMME,
                                "630",
                                Round.BASELINE,
                                "sfo-klub",
                                1,
                                List.of(
                                        new Scoring.DimensionScore(
                                                "strategic-leadership", "Strategisk ledelse", new BigDecimal("3.50")),
                                        new Scoring.DimensionScore(
                                                "evaluation-culture", "Evalueringskultur", new BigDecimal("2.75"))),
                                new BigDecimal("3.13"),
                                Instant.parse("2022-01-20T13:45:12Z"))));
    }
}
