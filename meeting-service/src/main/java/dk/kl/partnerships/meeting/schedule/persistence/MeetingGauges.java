package dk.kl.partnerships.meeting.schedule.persistence;

import dk.kl.partnerships.kit.metrics.StateGauges;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Meetings by status, and the seats taken and waiting lists of the meetings still to be held. */
@Component
class MeetingGauges {

    MeetingGauges(StateGauges gauges) {
        gauges.countBy(
                "partnerships.meetings",
                "Meetings by status",
                "meetings",
                new Document(),
                "status",
                "status",
                Arrays.stream(MeetingStatus.values()).map(Enum::name).toList());
        gauges.countElementsBy(
                "partnerships.sign.ups",
                "Sign-ups to scheduled meetings: confirmed seats and waiting",
                "meetings",
                new Document("status", MeetingStatus.SCHEDULED.name()),
                "signUps",
                "status",
                "status",
                List.of(SignUp.Status.CONFIRMED.name(), SignUp.Status.WAITING.name()));
    }
}
