package dk.kl.partnerships.meeting.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Registration's events become local knowledge once, whatever arrives twice, late or broken. */
class RegistrationEventsIntegrationTests extends MeetingIntegrationTest {

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @Autowired
    RosterRepository rosters;

    @Autowired
    MeterRegistry meters;

    @Test
    void aDuplicateJoiningOrRegistrationChangesNothing() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.joined(programme, "306");
        String registrationId = UUID.randomUUID().toString();
        ParticipantRegistered participant = new ParticipantRegistered(
                joined.enrolmentId(),
                programme.programmeId(),
                "306",
                UUID.randomUUID().toString(),
                "Lene Hansen",
                "lene@odsherred.dk",
                ParticipantRole.SCHOOL_LEADER);
        KafkaProbe.publish(kafka, participant, registrationId);
        fixtures.awaitKnown(List.of(participant));
        Roster before = rosters.findById(joined.enrolmentId()).orElseThrow();

        double duplicates = consumed("ParticipantRegistered", "duplicate");
        double joinings = consumed("MunicipalityJoined", "processed");
        double registrations = consumed("ParticipantRegistered", "processed");
        KafkaProbe.publish(kafka, participant, registrationId);
        KafkaProbe.publish(kafka, participant);
        KafkaProbe.publish(kafka, joined);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> consumed("ParticipantRegistered", "duplicate") > duplicates
                        && consumed("ParticipantRegistered", "processed") > registrations
                        && consumed("MunicipalityJoined", "processed") > joinings);

        Roster after = rosters.findById(joined.enrolmentId()).orElseThrow();
        assertThat(after.participants()).isEqualTo(before.participants()).hasSize(1);
        assertThat(after.active()).isTrue();
        assertThat(after.municipalityName()).isEqualTo(before.municipalityName());
        assertThat(rosters.findByParticipant(participant.participantId())).hasSize(1);
    }

    @Test
    void aJoiningRedeliveredAfterTheWithdrawalDoesNotBringTheMunicipalityBack() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.joined(programme, "316");
        ParticipantRegistered participant = fixtures.registered(joined, ParticipantRole.ADMINISTRATION);
        fixtures.awaitKnown(List.of(participant));
        KafkaProbe.publish(
                kafka,
                new MunicipalityWithdrew(
                        joined.enrolmentId(), programme.programmeId(), "316", LocalDate.now(clock), "Udtræder"));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        rosters.findById(joined.enrolmentId()).orElseThrow().withdrawn());

        double joinings = consumed("MunicipalityJoined", "processed");
        KafkaProbe.publish(kafka, joined);
        await().atMost(Duration.ofSeconds(20)).until(() -> consumed("MunicipalityJoined", "processed") > joinings);

        assertThat(rosters.findById(joined.enrolmentId()).orElseThrow().active())
                .isFalse();
        assertThat(knowledge.rosterOf(participant.participantId(), programme.programmeId(), false))
                .isEmpty();
    }

    @Test
    void aBrokenEventIsDeadLetteredAndTheNextOneIsStillApplied() {
        ProgrammePublished programme = fixtures.programme();
        String brokenId = "broken-" + UUID.randomUUID();
        KafkaProbe.send(
                kafka,
                Topic.ENROLMENTS.topicName(),
                "326",
                EventType.MUNICIPALITY_JOINED.ceType(),
                brokenId,
                "{\"enrolmentId\": 42, \"programmeId\": ");
        MunicipalityJoined joined = fixtures.joined(programme, "326");
        fixtures.awaitKnown(List.of(fixtures.registered(joined, ParticipantRole.OTHER)));

        try (KafkaProbe deadLetters = KafkaProbe.reading(kafka, Topic.ENROLMENTS.deadLetterTopic(group))) {
            assertThat(deadLetters.await(
                            r -> brokenId.equals(KafkaProbe.header(r, "ce_id")), 1, Duration.ofSeconds(20)))
                    .hasSize(1);
        }
    }

    private double consumed(String event, String outcome) {
        return meters.counter(
                        "partnerships.events.consumed",
                        "topic",
                        Topic.ENROLMENTS.topicName(),
                        "event",
                        event,
                        "outcome",
                        outcome)
                .count();
    }
}
