package dk.kl.partnerships.meeting.messaging;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.GuestAttendance;
import dk.kl.partnerships.contracts.meeting.GuestOrganisation;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.meeting.SignUpStatus;
import dk.kl.partnerships.contracts.meeting.Venue;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import dk.kl.partnerships.meeting.schedule.MeetingEvent;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting service's domain events as the contracts it publishes on {@code meeting.meetings.v1}. */
@Configuration(proxyBeanMethods = false)
class MeetingOutboundEvents {

    static final String CURRENCY = "DKK";

    @Bean
    OutboundEvents outboundEvents() {
        return OutboundEvents.builder()
                .topic(Topic.MEETINGS)
                .map(MeetingEvent.Scheduled.class, MeetingScheduled.class, MeetingOutboundEvents::scheduled)
                .map(
                        MeetingEvent.Rescheduled.class,
                        MeetingRescheduled.class,
                        fact -> new MeetingRescheduled(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.networkId(),
                                local(fact.time(), fact.time().startsAt()),
                                local(fact.time(), fact.time().endsAt()),
                                fact.time().timeZone(),
                                venue(fact.venue()),
                                fact.calendarUid(),
                                fact.calendarSequence()))
                .map(
                        MeetingEvent.Cancelled.class,
                        MeetingCancelled.class,
                        fact -> new MeetingCancelled(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.networkId(),
                                fact.reason(),
                                fact.calendarUid(),
                                fact.calendarSequence()))
                .map(
                        MeetingEvent.Held.class,
                        MeetingHeld.class,
                        fact -> new MeetingHeld(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.networkId(),
                                MeetingKind.valueOf(fact.kind().name()),
                                fact.title(),
                                fact.heldOn(),
                                fact.feePerParticipant(),
                                currencyOf(fact.feePerParticipant()),
                                attendance(fact.attendance()),
                                guestAttendance(fact.guestAttendance())))
                .map(
                        MeetingEvent.AttendanceCorrected.class,
                        MeetingAttendanceCorrected.class,
                        fact -> new MeetingAttendanceCorrected(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.networkId(),
                                MeetingKind.valueOf(fact.kind().name()),
                                fact.title(),
                                fact.heldOn(),
                                fact.revision(),
                                fact.feePerParticipant(),
                                currencyOf(fact.feePerParticipant()),
                                attendance(fact.attendance()),
                                fact.reason(),
                                guestAttendance(fact.guestAttendance())))
                .map(
                        MeetingEvent.SignedUp.class,
                        ParticipantSignedUp.class,
                        fact -> new ParticipantSignedUp(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.signUpId(),
                                fact.participantId(),
                                fact.municipalityCode(),
                                fact.waitingPosition() == null ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING,
                                fact.waitingPosition()))
                .map(
                        MeetingEvent.Promoted.class,
                        ParticipantPromoted.class,
                        fact -> new ParticipantPromoted(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.signUpId(),
                                fact.participantId(),
                                fact.municipalityCode()))
                .map(
                        MeetingEvent.SignUpDropped.class,
                        SignUpCancelled.class,
                        fact -> new SignUpCancelled(
                                fact.meetingId(),
                                fact.programmeId(),
                                fact.signUpId(),
                                fact.participantId(),
                                fact.municipalityCode(),
                                fact.hadSeat()))
                .build();
    }

    private static MeetingScheduled scheduled(MeetingEvent.Scheduled fact) {
        MeetingTime time = fact.time();
        return new MeetingScheduled(
                fact.meetingId(),
                fact.programmeId(),
                fact.networkId(),
                MeetingKind.valueOf(fact.kind().name()),
                fact.title(),
                local(time, time.startsAt()),
                local(time, time.endsAt()),
                time.timeZone(),
                venue(fact.venue()),
                fact.capacity(),
                local(time, fact.signUpDeadline()),
                fact.feePerParticipant(),
                currencyOf(fact.feePerParticipant()),
                fact.calendarUid(),
                fact.calendarSequence());
    }

    private static List<Attendance> attendance(List<MeetingEvent.Attendees> attendance) {
        return attendance.stream()
                .map(a -> new Attendance(a.municipalityCode(), a.participantIds(), a.walkInIds()))
                .toList();
    }

    /** Guests by id only, with their organisation's invoicing details: names and e-mails stay here. */
    private static List<GuestAttendance> guestAttendance(List<MeetingEvent.GuestAttendees> guests) {
        return guests.stream()
                .map(g -> new GuestAttendance(g.organisationId(), organisation(g.organisation()), g.guestIds()))
                .toList();
    }

    private static GuestOrganisation organisation(dk.kl.partnerships.meeting.schedule.GuestOrganisation organisation) {
        return new GuestOrganisation(
                organisation.name(),
                organisation.address() == null
                        ? null
                        : new PostalAddress(
                                organisation.address().street(),
                                organisation.address().postalCode(),
                                organisation.address().city(),
                                "DK"),
                organisation.cvr(),
                organisation.ean(),
                organisation.reference());
    }

    private static String currencyOf(BigDecimal fee) {
        return fee == null ? null : CURRENCY;
    }

    private static Venue venue(dk.kl.partnerships.meeting.schedule.Venue venue) {
        return new Venue(venue.name(), venue.address(), venue.municipalityCode());
    }

    private static OffsetDateTime local(MeetingTime time, Instant instant) {
        return instant == null ? null : instant.atZone(time.zone()).toOffsetDateTime();
    }
}
