package dk.kl.partnerships.billing.meetingfee.messaging;

import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.meetingfee.MeetingFeeInvoicing;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Held meetings with a fee become invoices for the municipalities that attended; corrections of
 * their attendance become credit notes or supplementary invoices.
 */
@Configuration(proxyBeanMethods = false)
class MeetingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onMeetingEvent(EventConsumers consumers, MeetingFeeInvoicing fees) {
        return consumers
                .of(Topic.MEETINGS)
                .on(
                        MeetingHeld.class,
                        (event, metadata) -> fees.meetingHeld(
                                event.meetingId(),
                                event.programmeId(),
                                event.title(),
                                event.heldOn(),
                                event.feePerParticipant(),
                                event.attendance().stream()
                                        .map(a -> new MeetingFeeInvoicing.Attendees(
                                                a.municipalityCode(),
                                                a.participantIds().size()))
                                        .toList(),
                                new Cause(metadata.type().eventName(), metadata.id())))
                .on(
                        MeetingAttendanceCorrected.class,
                        (event, metadata) -> fees.attendanceCorrected(
                                event.meetingId(),
                                event.programmeId(),
                                event.title(),
                                event.heldOn(),
                                event.revision(),
                                event.feePerParticipant(),
                                event.attendance().stream()
                                        .map(a -> new MeetingFeeInvoicing.Attendees(
                                                a.municipalityCode(),
                                                a.participantIds().size()))
                                        .toList(),
                                event.reason(),
                                new Cause(metadata.type().eventName(), metadata.id())))
                .build();
    }
}
