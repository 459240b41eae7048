package dk.kl.partnerships.evaluation.feedback.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.evaluation.feedback.FeedbackGathering;
import dk.kl.partnerships.evaluation.feedback.FeedbackRound;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** A held meeting opens its feedback to the attendees; a corrected attendance changes who they are. */
@Configuration(proxyBeanMethods = false)
class MeetingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onMeetingEvent(EventConsumers consumers, FeedbackGathering feedback) {
        return consumers
                .of(Topic.MEETINGS)
                .on(
                        MeetingHeld.class,
                        (event, metadata) -> feedback.meetingHeld(
                                event.meetingId(),
                                event.programmeId(),
                                event.networkId(),
                                event.title(),
                                event.heldOn(),
                                event.attendance().stream()
                                        .flatMap(a -> a.participantIds().stream()
                                                .map(p -> new FeedbackRound.Attendee(p, a.municipalityCode())))
                                        .toList()))
                .on(
                        MeetingAttendanceCorrected.class,
                        (event, metadata) -> feedback.attendanceCorrected(
                                event.meetingId(),
                                event.revision(),
                                event.attendance().stream()
                                        .flatMap(a -> a.participantIds().stream()
                                                .map(p -> new FeedbackRound.Attendee(p, a.municipalityCode())))
                                        .toList()))
                .build();
    }
}
