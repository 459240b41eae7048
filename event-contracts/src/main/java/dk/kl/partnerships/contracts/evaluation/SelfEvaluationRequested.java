package dk.kl.partnerships.contracts.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.LocalDate;

/** A municipality is asked to evaluate itself against a quality framework by {@code dueOn}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelfEvaluationRequested(
        String selfEvaluationId,
        String programmeId,
        String municipalityCode,
        EvaluationRound round,
        String frameworkId,
        int frameworkVersion,
        LocalDate dueOn)
        implements IntegrationEvent {

    public SelfEvaluationRequested {
        Require.text(selfEvaluationId, "selfEvaluationId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(round, "round");
        Require.text(frameworkId, "frameworkId");
        Require.present(dueOn, "dueOn");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
