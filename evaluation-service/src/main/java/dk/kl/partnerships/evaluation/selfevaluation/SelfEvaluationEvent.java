package dk.kl.partnerships.evaluation.selfevaluation;

import dk.kl.partnerships.evaluation.framework.Scoring;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened to a self-evaluation that others need to know, as facts complete in themselves. */
public sealed interface SelfEvaluationEvent {

    String selfEvaluationId();

    /** The municipality is asked to evaluate itself against a framework version by a date. */
    record Requested(
            String selfEvaluationId,
            String programmeId,
            String municipalityCode,
            Round round,
            String frameworkKey,
            int frameworkVersion,
            LocalDate dueOn,
            Instant requestedAt)
            implements SelfEvaluationEvent {}

    /** The municipality submitted its answers; the scores are final. */
    record Submitted(
            String selfEvaluationId,
            String programmeId,
            String municipalityCode,
            Round round,
            String frameworkKey,
            int frameworkVersion,
            List<Scoring.DimensionScore> dimensionScores,
            BigDecimal overallScore,
            Instant submittedAt)
            implements SelfEvaluationEvent {}
}
