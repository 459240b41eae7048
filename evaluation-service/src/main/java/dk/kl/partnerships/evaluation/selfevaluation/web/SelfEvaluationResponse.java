package dk.kl.partnerships.evaluation.selfevaluation.web;

import dk.kl.partnerships.evaluation.framework.Scoring;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record SelfEvaluationResponse(
        String id,
        String programmeId,
        String municipalityCode,
        Round round,
        String frameworkKey,
        int frameworkVersion,
        LocalDate dueOn,
        SelfEvaluation.Status status,
        boolean overdue,
        Map<String, Integer> answers,
        Map<String, BigDecimal> keyFigures,
        Instant requestedAt,
        Instant savedAt,
        Instant submittedAt,
        List<Scoring.DimensionScore> dimensionScores,
        BigDecimal overallScore) {

    static SelfEvaluationResponse of(SelfEvaluation evaluation, LocalDate today) {
        return new SelfEvaluationResponse(
                evaluation.id(),
                evaluation.programmeId(),
                evaluation.municipalityCode(),
                evaluation.round(),
                evaluation.frameworkKey(),
                evaluation.frameworkVersion(),
                evaluation.dueOn(),
                evaluation.status(),
                evaluation.overdue(today),
                evaluation.answers(),
                evaluation.keyFigures(),
                evaluation.requestedAt(),
                evaluation.savedAt(),
                evaluation.submittedAt(),
                evaluation.dimensionScores(),
                evaluation.overallScore());
    }
}
