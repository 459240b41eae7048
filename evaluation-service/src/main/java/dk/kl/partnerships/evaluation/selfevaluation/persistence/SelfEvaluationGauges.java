package dk.kl.partnerships.evaluation.selfevaluation.persistence;

import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.kit.metrics.StateGauges;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Self-evaluations requested, submitted and cancelled, and those open past their due date. */
@Component
class SelfEvaluationGauges {

    SelfEvaluationGauges(StateGauges gauges, MongoTemplate mongo, Clock clock) {
        gauges.countBy(
                "partnerships.self.evaluations",
                "Self-evaluations by status",
                "self_evaluations",
                new Document(),
                "status",
                "status",
                Arrays.stream(SelfEvaluation.Status.values()).map(Enum::name).toList());
        gauges.count(
                "partnerships.self.evaluations.overdue",
                "Open self-evaluations past their due date",
                "self_evaluations",
                () -> new Document("status", SelfEvaluation.Status.OPEN.name())
                        .append(
                                "dueOn",
                                new Document("$lt", mongo.getConverter().convertToMongoType(LocalDate.now(clock)))));
    }
}
