package dk.kl.partnerships.notification.meeting.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.meeting.SignUpStatus;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.meeting.MeetingNotifying;
import dk.kl.partnerships.notification.meeting.MeetingView;
import dk.kl.partnerships.notification.meeting.NotKnownYet;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Meeting-service's meetings and sign-ups. */
@Configuration(proxyBeanMethods = false)
class MeetingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onMeetingEvent(EventConsumers consumers, MeetingNotifying notices) {
        return consumers
                .of(Topic.MEETINGS)
                .on(
                        MeetingScheduled.class,
                        (event, metadata) -> notices.scheduled(new MeetingView(
                                event.meetingId(),
                                event.programmeId(),
                                event.kind().name(),
                                event.title(),
                                event.startsAt().toInstant(),
                                event.endsAt().toInstant(),
                                event.timeZone(),
                                event.venue().name(),
                                event.venue().address(),
                                uid(event.calendarUid(), event.meetingId()),
                                event.calendarSequence(),
                                MeetingView.Status.SCHEDULED,
                                null)))
                .on(
                        MeetingRescheduled.class,
                        (event, metadata) -> notices.rescheduled(
                                event.meetingId(),
                                event.startsAt().toInstant(),
                                event.endsAt().toInstant(),
                                event.timeZone(),
                                event.venue().name(),
                                event.venue().address(),
                                event.calendarSequence()))
                .on(
                        MeetingCancelled.class,
                        (event, metadata) ->
                                notices.cancelled(event.meetingId(), event.reason(), event.calendarSequence()))
                .on(MeetingHeld.class, (event, metadata) -> notices.held(event.meetingId()))
                .on(
                        ParticipantSignedUp.class,
                        (event, metadata) -> notices.signedUp(
                                event.meetingId(),
                                event.signUpId(),
                                event.participantId(),
                                event.municipalityCode(),
                                event.status() == SignUpStatus.CONFIRMED,
                                event.waitingPosition()))
                .on(
                        ParticipantPromoted.class,
                        (event, metadata) -> notices.promoted(
                                event.meetingId(), event.signUpId(), event.participantId(), event.municipalityCode()))
                .on(
                        SignUpCancelled.class,
                        (event, metadata) -> notices.signUpCancelled(
                                event.meetingId(),
                                event.signUpId(),
                                event.participantId(),
                                event.municipalityCode(),
                                event.hadSeat()))
                // a sign-up may come before its participant, who travels on registration's topic
                .awaitingOn(NotKnownYet.class)
                .build();
    }

    /** Events from before meetings carried their calendar UID: the one meeting-service's feeds use. */
    private static String uid(String calendarUid, String meetingId) {
        return calendarUid == null ? meetingId + "@partnerships.kl.dk" : calendarUid;
    }
}
