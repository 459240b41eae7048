package dk.kl.partnerships.registration.enrolment.persistence;

import dk.kl.partnerships.kit.metrics.StateGauges;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Enrolments by state and the participants municipalities have named, for the operations dashboards. */
@Component
class EnrolmentGauges {

    EnrolmentGauges(StateGauges gauges) {
        gauges.countBy(
                "partnerships.enrolments",
                "Enrolments of municipalities in programmes, by state",
                "enrolments",
                new Document(),
                "state",
                "state",
                Arrays.stream(EnrolmentState.values()).map(Enum::name).toList());
        gauges.countElements(
                "partnerships.participants",
                "Participants named by municipalities taking part",
                "enrolments",
                new Document("state", new Document("$in", List.of(EnrolmentState.JOINED.name()))),
                "participants");
    }
}
