package dk.kl.partnerships.billing.meetingfee.messaging;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.meetingfee.MeetingFeeInvoicing;
import dk.kl.partnerships.billing.meetingfee.Payer;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.GuestAttendance;
import dk.kl.partnerships.contracts.meeting.GuestOrganisation;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import java.util.ArrayList;
import java.util.List;
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

    /** Per municipality its attendees, walk-ins included; per guest organisation its guests. */
    private static List<MeetingFeeInvoicing.Attendees> attendees(
            String meetingId, List<Attendance> attendance, List<GuestAttendance> guests) {
        List<MeetingFeeInvoicing.Attendees> all = new ArrayList<>();
        attendance.forEach(a -> all.add(new MeetingFeeInvoicing.Attendees(
                Payer.municipality(a.municipalityCode()), a.participantIds().size())));
        guests.forEach(g -> all.add(new MeetingFeeInvoicing.Attendees(
                Payer.organisation(g.organisationId(), buyer(meetingId, g.organisation())),
                g.guestIds().size())));
        return all;
    }

    /**
     * The organisation as the invoice's buyer; Peppol needs a buyer reference, so one that gave none
     * is given the meeting's id to quote.
     */
    private static Buyer buyer(String meetingId, GuestOrganisation organisation) {
        PostalAddress address = organisation.address();
        return new Buyer(
                organisation.name(),
                organisation.ean(),
                organisation.cvr(),
                organisation.reference() == null ? meetingId : organisation.reference(),
                address == null
                        ? null
                        : new Buyer.Address(
                                address.street(), address.postalCode(), address.city(), address.countryCode()),
                null,
                null);
    }

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
                                attendees(event.meetingId(), event.attendance(), event.guestAttendance()),
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
                                attendees(event.meetingId(), event.attendance(), event.guestAttendance()),
                                event.reason(),
                                new Cause(metadata.type().eventName(), metadata.id())))
                .build();
    }
}
