package dk.kl.partnerships.meeting.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkChanged.ChangeKind;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.meeting.registration.NetworkView;
import dk.kl.partnerships.meeting.registration.Rostering;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A network's members change after confirmation: an added municipality may sign up for the
 * network's theme days; one that left gives up its seats at them, the waiting promoted. A repeated
 * or older change does nothing.
 */
class NetworkChangeIntegrationTests extends MeetingIntegrationTest {

    @Autowired
    MeetingRepository meetings;

    @Autowired
    Rostering rostering;

    @Test
    void anAddedMunicipalitySignsUpAndARemovedOneGivesUpItsSeatsToTheWaiting() {
        World world = fixtures.world(List.of("101", "147", "153"), 1);
        ParticipantRegistered lateJoiner =
                fixtures.registered(fixtures.joined(world.programme(), "155"), ParticipantRole.INSTITUTION_LEADER);
        fixtures.awaitKnown(List.of(lateJoiner));
        String themeDay = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(),
                world.networkId(),
                "THEME_DAY",
                LocalDate.now(clock).plusWeeks(6).atTime(9, 0),
                MeetingFixtures.venue(),
                1));
        String otherNetworks = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(),
                null,
                "KICKOFF",
                LocalDate.now(clock).plusWeeks(7).atTime(9, 0),
                MeetingFixtures.venue(),
                10));
        ParticipantRegistered leaving = world.participant("101", 0);
        ParticipantRegistered waiting = world.participant("147", 0);
        assertThat(fixtures.signUp(themeDay, leaving).status()).isEqualTo(201);
        assertThat(fixtures.signUp(themeDay, waiting).status()).isEqualTo(201);
        assertThat(fixtures.signUp(otherNetworks, leaving).status()).isEqualTo(201);
        assertThat(fixtures.signUp(themeDay, lateJoiner).json().get("type").asString())
                .endsWith("not-in-network");

        NetworkChanged added = RegistrationEvents.networkChanged(
                world.network(), List.of("101", "147", "153", "155"), 1, ChangeKind.ADDED, "155");
        KafkaProbe.publish(kafka, added);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rostering.network(world.networkId()).revision() == 1);
        assertThat(fixtures.signUp(themeDay, lateJoiner).status())
                .as("an added municipality signs up for its network's theme days")
                .isEqualTo(201);

        NetworkChanged removed = RegistrationEvents.networkChanged(
                world.network(), List.of("147", "153", "155"), 2, ChangeKind.REMOVED, "101");
        KafkaProbe.publish(kafka, removed);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statusIn(themeDay, waiting).equals(SignUp.Status.CONFIRMED));
        assertThat(statusIn(themeDay, leaving)).isEqualTo(SignUp.Status.CANCELLED);
        assertThat(statusIn(themeDay, lateJoiner)).isEqualTo(SignUp.Status.WAITING);
        assertThat(statusIn(otherNetworks, leaving))
                .as("seats at meetings outside the network stay")
                .isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(fixtures.signUp(themeDay, leaving).json().get("type").asString())
                .endsWith("not-in-network");

        // the same change again, an older one and the forming again: none changes what is known
        List<SignUp> before = meetings.find(themeDay).orElseThrow().signUps();
        KafkaProbe.publish(kafka, removed);
        KafkaProbe.publish(kafka, added);
        KafkaProbe.publish(kafka, world.network());
        NetworkChanged marker = RegistrationEvents.networkChanged(
                fixtures.network(world.programme(), List.of("161", "165")),
                List.of("161", "165", "167"),
                1,
                ChangeKind.ADDED,
                "167");
        KafkaProbe.publish(kafka, marker);
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> rostering.network(marker.networkId()).revision() == 1);
        NetworkView known = rostering.network(world.networkId());
        assertThat(known.revision()).isEqualTo(2);
        assertThat(known.municipalityCodes()).containsExactly("147", "153", "155");
        assertThat(meetings.find(themeDay).orElseThrow().signUps()).isEqualTo(before);
        assertThat(fixtures.signUp(themeDay, leaving).json().get("type").asString())
                .endsWith("not-in-network");
    }

    private SignUp.Status statusIn(String meetingId, ParticipantRegistered participant) {
        return meetings.find(meetingId).orElseThrow().signUps().stream()
                .filter(s -> s.participantId().equals(participant.participantId()))
                .reduce((a, b) -> b)
                .orElseThrow()
                .status();
    }
}
