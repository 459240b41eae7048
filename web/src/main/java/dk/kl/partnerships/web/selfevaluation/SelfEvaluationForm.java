package dk.kl.partnerships.web.selfevaluation;

import dk.kl.partnerships.web.api.evaluation.EvaluationApi.Answers;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi.SelfEvaluation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scores 1–5 per indicator and the key figures, keyed as in the API ({@code answers[key]}). */
public class SelfEvaluationForm {

    private Map<String, Integer> answers = new LinkedHashMap<>();
    private Map<String, BigDecimal> keyFigures = new LinkedHashMap<>();

    static SelfEvaluationForm of(SelfEvaluation evaluation) {
        SelfEvaluationForm form = new SelfEvaluationForm();
        if (evaluation.answers() != null) {
            form.answers.putAll(evaluation.answers());
        }
        if (evaluation.keyFigures() != null) {
            form.keyFigures.putAll(evaluation.keyFigures());
        }
        return form;
    }

    /** What is filled in; a draft may leave indicators and figures empty. */
    Answers answersGiven() {
        Map<String, Integer> given = new LinkedHashMap<>();
        answers.forEach((key, score) -> {
            if (score != null) {
                given.put(key, score);
            }
        });
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        keyFigures.forEach((key, value) -> {
            if (value != null) {
                figures.put(key, value);
            }
        });
        return new Answers(given, figures);
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, Integer> answers) {
        this.answers = answers;
    }

    public Map<String, BigDecimal> getKeyFigures() {
        return keyFigures;
    }

    public void setKeyFigures(Map<String, BigDecimal> keyFigures) {
        this.keyFigures = keyFigures;
    }
}
