package dk.kl.partnerships.meeting.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantErased.ErasureCause;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.SignUp;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An erased participant's name and address go from rosters and sign-ups; what happened stays. */
class ParticipantErasureIntegrationTests extends MeetingIntegrationTest {

    @Autowired
    RosterRepository rosters;

    @Autowired
    MeetingRepository meetings;

    @Test
    void anErasureLeavesSeatsAndAttendanceUnderTheIdWithoutNameOrAddressAndRefusesNewSignUps() {
        World world = fixtures.world(List.of("376", "390"), 1);
        ParticipantRegistered erased = world.participant("376", 0);
        ParticipantRegistered other = world.participant("390", 0);
        String held = themeDay(world, LocalDate.now(clock).plusDays(1).atTime(9, 0));
        String upcoming = themeDay(world, LocalDate.now(clock).plusWeeks(8).atTime(9, 0));
        String later = themeDay(world, LocalDate.now(clock).plusWeeks(12).atTime(9, 0));
        for (String meeting : List.of(held, upcoming)) {
            assertThat(fixtures.signUp(meeting, erased).status()).isEqualTo(201);
            assertThat(fixtures.signUp(meeting, other).status()).isEqualTo(201);
        }
        clock.setTo(LocalDate.now(clock)
                .plusDays(1)
                .atTime(17, 0)
                .atZone(COPENHAGEN)
                .toInstant());
        Response attended = api.post(
                "/api/meetings/" + held + "/attendance",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(erased.participantId(), other.participantId())));
        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        clock.reset();

        ParticipantErased erasure = new ParticipantErased(
                erased.enrolmentId(),
                erased.programmeId(),
                "376",
                erased.participantId(),
                ErasureCause.REQUEST,
                clock.instant());
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.publish(kafka, erasure, eventId);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> nameIn(upcoming, erased).equals(Person.ERASED_NAME)
                        && nameIn(held, erased).equals(Person.ERASED_NAME));
        Person kept = rosters.findById(erased.enrolmentId())
                .orElseThrow()
                .participant(erased.participantId())
                .orElseThrow();
        assertThat(kept.name()).isEqualTo(Person.ERASED_NAME);
        assertThat(kept.email()).isNull();
        assertThat(kept.erased()).isTrue();
        Meeting heldMeeting = meetings.find(held).orElseThrow();
        assertThat(heldMeeting.attendees()).contains(erased.participantId(), other.participantId());
        assertThat(statusIn(upcoming, erased)).isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(nameIn(upcoming, other)).isEqualTo(other.name());
        for (String meeting : List.of(held, upcoming)) {
            String shown =
                    api.get("/api/meetings/" + meeting, TestTokens.klAdmin()).body();
            assertThat(shown).contains(Person.ERASED_NAME).doesNotContain(erased.name());
        }

        Response refused = fixtures.signUp(later, erased);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("participant-erased");
        assertThat(fixtures.signUp(later, other).status()).isEqualTo(201);

        // delivered again, under the same id and as a new record, the erasure changes nothing more
        Long upcomingVersion = meetings.find(upcoming).orElseThrow().version();
        KafkaProbe.publish(kafka, erasure, eventId);
        KafkaProbe.publish(kafka, erasure);
        // a later record of the same key arrives after them: once it is known, they have been handled
        fixtures.awaitKnown(List.of(fixtures.registered(world.joined("376"), ParticipantRole.OTHER)));
        assertThat(meetings.find(upcoming).orElseThrow().version()).isEqualTo(upcomingVersion);
        assertThat(rosters.findById(erased.enrolmentId()).orElseThrow().participant(erased.participantId()))
                .contains(kept);
    }

    private String themeDay(World world, LocalDateTime startsAt) {
        return fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", startsAt, MeetingFixtures.venue(), 10));
    }

    private SignUp signUpOf(String meetingId, ParticipantRegistered participant) {
        return meetings.find(meetingId).orElseThrow().signUps().stream()
                .filter(s -> s.participantId().equals(participant.participantId()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private String nameIn(String meetingId, ParticipantRegistered participant) {
        return signUpOf(meetingId, participant).name();
    }

    private SignUp.Status statusIn(String meetingId, ParticipantRegistered participant) {
        return signUpOf(meetingId, participant).status();
    }
}
