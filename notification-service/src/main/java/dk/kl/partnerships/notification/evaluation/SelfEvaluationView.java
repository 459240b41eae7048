package dk.kl.partnerships.notification.evaluation;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A self-evaluation a municipality is asked for, until it is submitted. */
@Document("self_evaluations")
record SelfEvaluationView(
        @Id String id, String programmeId, String municipalityCode, String round, LocalDate dueOn, boolean submitted) {

    SelfEvaluationView submittedNow() {
        return new SelfEvaluationView(id, programmeId, municipalityCode, round, dueOn, true);
    }

    Map<String, Object> model() {
        return Map.of("id", id, "round", round, "baseline", "BASELINE".equals(round), "dueOn", dueOn);
    }
}
