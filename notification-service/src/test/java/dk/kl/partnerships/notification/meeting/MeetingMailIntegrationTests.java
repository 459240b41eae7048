package dk.kl.partnerships.notification.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.meeting.SignUpStatus;
import dk.kl.partnerships.contracts.meeting.Venue;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.notification.Inbox;
import dk.kl.partnerships.notification.NotificationIntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class MeetingMailIntegrationTests extends NotificationIntegrationTest {

    private static final String PROGRAMME = UUID.randomUUID().toString();

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @Test
    void aSeatComesWithACalendarInvitationThatMovesAndIsCancelledWithTheMeeting() {
        String email = address("leder", "630");
        ParticipantRegistered participant = participant("630", email);
        publish(participant);
        Inbox.Received welcome = Inbox.await(email, 1).get(0);
        assertThat(welcome.text()).contains("har tilmeldt dig som deltager");

        MeetingScheduled meeting =
                meeting(OffsetDateTime.now(COPENHAGEN).plusWeeks(3).withHour(9).withMinute(30));
        publish(meeting);
        ParticipantSignedUp signedUp = new ParticipantSignedUp(
                meeting.meetingId(),
                PROGRAMME,
                UUID.randomUUID().toString(),
                participant.participantId(),
                "630",
                SignUpStatus.CONFIRMED,
                null);
        String eventId = UUID.randomUUID().toString();
        publish(signedUp, eventId);
        publish(signedUp, eventId);
        publish(signedUp);

        Inbox.Received confirmation = Inbox.await(email, 2).get(1);
        assertThat(confirmation.subject()).startsWith("Tilmeldt: Temadag om faglig ledelse");
        assertThat(confirmation.text())
                .contains("Du har fået en plads til Temadag om faglig ledelse")
                .contains("kl. 09.30");
        assertThat(confirmation.attachments())
                .singleElement()
                .asString()
                .startsWith("invitation.ics text/calendar; charset=UTF-8; method=REQUEST");
        Calendar invitation = confirmation.ical();
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(meeting.calendarUid());
        assertThat(Integer.parseInt(
                        event.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isZero();
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Copenhagen");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T093000");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:" + email);
        assertThat(invitation.getComponent("VTIMEZONE")).isPresent();

        OffsetDateTime later = meeting.startsAt().plusDays(7);
        publish(new MeetingRescheduled(
                meeting.meetingId(),
                PROGRAMME,
                null,
                later,
                later.plusHours(6),
                "Europe/Copenhagen",
                new Venue("Spinderihallerne", "Spinderigade 11E, 7100 Vejle", "630"),
                meeting.calendarUid(),
                1));
        Inbox.Received moved = Inbox.await(email, 3).get(2);
        assertThat(moved.subject()).isEqualTo("Ændret: Temadag om faglig ledelse er flyttet");
        assertThat(moved.text()).contains("Spinderihallerne").contains("Din plads gælder stadig");
        VEvent update = moved.ical().<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(update.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(meeting.calendarUid());
        assertThat(Integer.parseInt(
                        update.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isEqualTo(1);

        publish(new MeetingCancelled(
                meeting.meetingId(), PROGRAMME, null, "For få tilmeldte", meeting.calendarUid(), 2));
        Inbox.Received cancelled = Inbox.await(email, 4).get(3);
        assertThat(cancelled.subject()).startsWith("Aflyst: Temadag om faglig ledelse");
        assertThat(cancelled.text()).contains("Begrundelse: For få tilmeldte");
        Calendar cancellation = cancelled.ical();
        assertThat(cancellation.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        VEvent gone = cancellation.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(gone.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(meeting.calendarUid());
        assertThat(Integer.parseInt(
                        gone.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isEqualTo(2);
        assertThat(gone.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");

        clock.advance(Period.ofDays(27)); // when the reminder would have been due
        settle();
        assertThat(Inbox.to(email)).hasSize(4);
    }

    @Test
    void theWaitingListIsToldItsPlaceThenThePromotionAndTheCancellationAndSeatsAreRemindedTwoDaysBefore() {
        String waiting = address("leder", "461");
        String seated = address("skoleleder", "461");
        ParticipantRegistered first = participant("461", waiting);
        ParticipantRegistered second = participant("461", seated);
        publish(first);
        publish(second);
        Inbox.await(waiting, 1);
        Inbox.await(seated, 1);
        MeetingScheduled meeting = meeting(OffsetDateTime.now(COPENHAGEN).plusDays(10));
        publish(meeting);
        String waitingSignUp = UUID.randomUUID().toString();
        publish(new ParticipantSignedUp(
                meeting.meetingId(),
                PROGRAMME,
                UUID.randomUUID().toString(),
                second.participantId(),
                "461",
                SignUpStatus.CONFIRMED,
                null));
        publish(new ParticipantSignedUp(
                meeting.meetingId(), PROGRAMME, waitingSignUp, first.participantId(), "461", SignUpStatus.WAITING, 1));

        Inbox.Received place = Inbox.await(waiting, 2).get(1);
        assertThat(place.subject()).startsWith("Venteliste:");
        assertThat(place.text()).contains("Du står på ventelisten som nummer 1");
        assertThat(place.calendar()).isNull();

        publish(new ParticipantPromoted(meeting.meetingId(), PROGRAMME, waitingSignUp, first.participantId(), "461"));
        Inbox.Received promoted = Inbox.await(waiting, 3).get(2);
        assertThat(promoted.subject()).startsWith("Du har fået en plads:");
        assertThat(promoted.ical().getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");

        publish(new SignUpCancelled(meeting.meetingId(), PROGRAMME, waitingSignUp, first.participantId(), "461", true));
        Inbox.Received cancelled = Inbox.await(waiting, 4).get(3);
        assertThat(cancelled.subject()).startsWith("Afmeldt:");
        assertThat(cancelled.ical().getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");

        clock.setTo(meeting.startsAt().toInstant().minus(Duration.ofDays(2)).plusSeconds(60));
        Inbox.Received reminder = Inbox.await(seated, 3).get(2);
        assertThat(reminder.subject()).startsWith("Påmindelse: Temadag om faglig ledelse");
        assertThat(reminder.text()).contains("Vi glæder os til at se dig");
        settle();
        assertThat(Inbox.to(waiting)).hasSize(4);
    }

    @Test
    void aSignUpThatArrivesBeforeItsParticipantIsConfirmedOnceTheParticipantIsKnownNotDeadLettered() {
        String email = address("konsulent", "751");
        ParticipantRegistered participant = participant("751", email);
        MeetingScheduled meeting =
                meeting(OffsetDateTime.now(COPENHAGEN).plusWeeks(2).withHour(10));
        publish(meeting);
        try (KafkaProbe deadLetters = KafkaProbe.reading(kafka, Topic.MEETINGS.deadLetterTopic(group))) {
            publish(new ParticipantSignedUp(
                    meeting.meetingId(),
                    PROGRAMME,
                    UUID.randomUUID().toString(),
                    participant.participantId(),
                    "751",
                    SignUpStatus.CONFIRMED,
                    null));
            // The participant comes on registration's topic, here only after the three attempts a
            // failing handler gets (about 1.5 s in the tests) are long over.
            settle();
            settle();
            publish(participant);

            assertThat(Inbox.await(email, 2))
                    .extracting(Inbox.Received::subject)
                    .anySatisfy(subject -> assertThat(subject).startsWith("Tilmeldt: Temadag om faglig ledelse"));
            assertThat(deadLetters.drain(r -> meeting.meetingId().equals(r.key()), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    private static ParticipantRegistered participant(String code, String email) {
        return new ParticipantRegistered(
                UUID.randomUUID().toString(),
                PROGRAMME,
                code,
                UUID.randomUUID().toString(),
                "Mette Holm",
                email,
                ParticipantRole.INSTITUTION_LEADER);
    }

    private static MeetingScheduled meeting(OffsetDateTime start) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime at = start.withSecond(0).withNano(0);
        return new MeetingScheduled(
                id,
                PROGRAMME,
                null,
                MeetingKind.THEME_DAY,
                "Temadag om faglig ledelse",
                at,
                at.plusHours(6),
                "Europe/Copenhagen",
                new Venue("KL-Huset", "Weidekampsgade 10, 2300 København S", null),
                20,
                at,
                null,
                null,
                id + "@partnerships.kl.dk",
                0);
    }
}
