package dk.kl.partnerships.notification.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpStatus;
import dk.kl.partnerships.contracts.meeting.Venue;
import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantErased.ErasureCause;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.notification.Inbox;
import dk.kl.partnerships.notification.NotificationIntegrationTest;
import dk.kl.partnerships.notification.mail.Mail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** An erased participant is forgotten, mailed no more, and not brought back by a late event. */
class ParticipantErasureIntegrationTests extends NotificationIntegrationTest {

    private static final String PROGRAMME = UUID.randomUUID().toString();

    @Autowired
    MeterRegistry meters;

    @Test
    void anErasedParticipantIsForgottenAndMailedNoMoreWhateverArrivesLater() {
        String email = address("leder", "316");
        ParticipantRegistered participant = participant("316", email);
        publish(participant);
        Inbox.await(email, 1);
        MeetingScheduled meeting = meeting(OffsetDateTime.now(COPENHAGEN).plusWeeks(4));
        publish(meeting);

        ParticipantErased erased = new ParticipantErased(
                participant.enrolmentId(),
                PROGRAMME,
                "316",
                participant.participantId(),
                ErasureCause.REQUEST,
                Instant.now());
        String eventId = UUID.randomUUID().toString();
        publish(erased, eventId);

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mongo.exists(
                        Query.query(Criteria.where("_id").is(participant.participantId())), "erased_participants"));
        assertThat(storedFor(email)).isZero();

        double welcomes = suppressed("participant-welcome");
        double waiting = suppressed("sign-up-waiting");
        double promoted = suppressed("sign-up-promoted");
        // the registration delivered again, a sign-up and a promotion of the erased participant, the
        // erasure again: nothing is stored of them, nothing sent, nothing waits for them
        publish(participant);
        publish(new ParticipantSignedUp(
                meeting.meetingId(),
                PROGRAMME,
                UUID.randomUUID().toString(),
                participant.participantId(),
                "316",
                SignUpStatus.WAITING,
                1));
        publish(new ParticipantPromoted(
                meeting.meetingId(), PROGRAMME, UUID.randomUUID().toString(), participant.participantId(), "316"));
        publish(erased, eventId);
        publish(erased);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> suppressed("participant-welcome") > welcomes
                        && suppressed("sign-up-waiting") > waiting
                        && suppressed("sign-up-promoted") > promoted);
        settle();

        assertThat(Inbox.to(email)).hasSize(1);
        assertThat(storedFor(email)).isZero();
    }

    @Test
    void anAddressTheSamePersonIsStillNamedWithElsewhereKeepsItsMessages() {
        String email = address("leder", "320");
        ParticipantRegistered first = participant("320", email);
        ParticipantRegistered second = new ParticipantRegistered(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "320",
                UUID.randomUUID().toString(),
                "Mette Holm",
                email,
                ParticipantRole.INSTITUTION_LEADER);
        publish(first);
        publish(second);
        Inbox.await(email, 2);

        publish(new ParticipantErased(
                first.enrolmentId(), PROGRAMME, "320", first.participantId(), ErasureCause.RETENTION, Instant.now()));

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() ->
                        !mongo.exists(Query.query(Criteria.where("_id").is(first.participantId())), "participants"));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(second.participantId())), "participants"))
                .isTrue();
        assertThat(mongo.count(Query.query(Criteria.where("to.email").is(email)), Mail.class))
                .isEqualTo(2);
    }

    private double suppressed(String kind) {
        Counter counter = meters.find("partnerships.notifications")
                .tags("kind", kind, "outcome", "suppressed")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long storedFor(String email) {
        return mongo.count(Query.query(Criteria.where("to.email").is(email)), Mail.class)
                + mongo.count(Query.query(Criteria.where("email").is(email)), "participants");
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
