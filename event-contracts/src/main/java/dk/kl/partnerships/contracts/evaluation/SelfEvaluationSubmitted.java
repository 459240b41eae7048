package dk.kl.partnerships.contracts.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A municipality submitted a complete self-evaluation; it can no longer change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelfEvaluationSubmitted(
        String selfEvaluationId,
        String programmeId,
        String municipalityCode,
        EvaluationRound round,
        String frameworkId,
        int frameworkVersion,
        List<DimensionScore> dimensionScores,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overallScore,
        Instant submittedAt)
        implements IntegrationEvent {

    public SelfEvaluationSubmitted {
        Require.text(selfEvaluationId, "selfEvaluationId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(round, "round");
        Require.text(frameworkId, "frameworkId");
        dimensionScores = Require.list(dimensionScores);
        overallScore = Require.amount(overallScore, "overallScore");
        Require.present(submittedAt, "submittedAt");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
