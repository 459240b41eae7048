package dk.kl.partnerships.meeting.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRemoved;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Municipalities sign their own participants up: seats first come first served, then a waiting
 * list in order; the deadline, the kind of meeting and the network decide who may; withdrawals
 * and removals free seats for those waiting.
 */
class SignUpIntegrationTests extends MeetingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeetingRepository meetings;

    @Test
    void beyondCapacityParticipantsWaitInOrderAndACancellationPromotesTheFirst() {
        World world = fixtures.world(List.of("201", "210"), 3);
        String meeting = themeDay(world, 2, LocalDate.now(clock).plusWeeks(4).atTime(9, 0));
        ParticipantRegistered first = world.participant("201", 0);
        ParticipantRegistered second = world.participant("210", 0);
        ParticipantRegistered third = world.participant("201", 1);
        ParticipantRegistered fourth = world.participant("210", 1);

        JsonNode confirmed = fixtures.signUp(meeting, first).json();
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        fixtures.signUp(meeting, second);
        JsonNode waitingFirst = fixtures.signUp(meeting, third).json();
        JsonNode waitingSecond = fixtures.signUp(meeting, fourth).json();
        assertThat(waitingFirst.get("status").asString()).isEqualTo("WAITING");
        assertThat(waitingFirst.get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(waitingSecond.get("waitingPosition").asInt()).isEqualTo(2);
        Response twice = fixtures.signUp(meeting, first);
        assertThat(twice.status()).isEqualTo(409);

        Response cancelled = api.delete(
                "/api/meetings/" + meeting + "/sign-ups/" + confirmed.get("id").asString(),
                TestTokens.municipality("201"));
        assertThat(cancelled.status()).isEqualTo(204);

        JsonNode after =
                api.get("/api/meetings/" + meeting, TestTokens.klAdmin()).json();
        assertThat(after.get("confirmed").asInt()).isEqualTo(2);
        assertThat(after.get("waiting").asInt()).isEqualTo(1);
        assertThat(statusOf(after, third)).isEqualTo("CONFIRMED");
        assertThat(statusOf(after, fourth)).isEqualTo("WAITING");

        JsonNode seenBy201 = api.get("/api/meetings/" + meeting, TestTokens.municipality("201"))
                .json();
        assertThat(seenBy201
                        .get("signUps")
                        .valueStream()
                        .map(s -> s.get("municipalityCode").asString()))
                .as("a municipality sees only its own people")
                .containsOnly("201");
        assertThat(seenBy201.get("confirmed").asInt()).isEqualTo(2);

        Map<String, Object> moreSeats = MeetingFixtures.meeting(
                world.programmeId(),
                world.networkId(),
                "THEME_DAY",
                LocalDate.now(clock).plusWeeks(4).atTime(9, 0),
                venueOf(after),
                3);
        Response revised = api.put("/api/meetings/" + meeting, TestTokens.klAdmin(), moreSeats);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("waiting").asInt())
                .as("more seats promote the waiting")
                .isZero();
        moreSeats.put("capacity", 1);
        assertThat(api.put("/api/meetings/" + meeting, TestTokens.klAdmin(), moreSeats)
                        .status())
                .as("fewer seats than confirmed")
                .isEqualTo(422);

        try (KafkaProbe events = KafkaProbe.reading(kafka, Topic.MEETINGS.topicName())) {
            List<String> announced = events.await(r -> meeting.equals(r.key()), 8, Duration.ofSeconds(20)).stream()
                    .map(SignUpIntegrationTests::summary)
                    .toList();
            assertThat(announced)
                    .as("who got a seat, a place on the waiting list, gave one up and moved up, in order")
                    .containsExactly(
                            "MeetingScheduled",
                            "ParticipantSignedUp " + first.participantId() + " CONFIRMED",
                            "ParticipantSignedUp " + second.participantId() + " CONFIRMED",
                            "ParticipantSignedUp " + third.participantId() + " WAITING 1",
                            "ParticipantSignedUp " + fourth.participantId() + " WAITING 2",
                            "SignUpCancelled " + first.participantId() + " true",
                            "ParticipantPromoted " + third.participantId(),
                            "ParticipantPromoted " + fourth.participantId());
        }
    }

    /** An event on the meetings topic as "type participant status position" (or "hadSeat"). */
    private static String summary(ConsumerRecord<String, byte[]> record) {
        JsonNode payload = JSON.readTree(KafkaProbe.payload(record));
        StringBuilder summary = new StringBuilder(EventType.ofCeType(KafkaProbe.header(record, "ce_type"))
                .orElseThrow()
                .eventName());
        for (String field : List.of("participantId", "status", "waitingPosition", "hadSeat")) {
            if (payload.has(field) && !payload.get(field).isNull()) {
                summary.append(' ').append(payload.get(field).asString());
            }
        }
        return summary.toString();
    }

    @Test
    void fiftyConcurrentSignUpsForTwentySeatsConfirmTwentyAndQueueThirty() throws Exception {
        List<String> codes = List.of("217", "219", "223", "230", "240");
        World world = fixtures.world(codes, 10);
        String meeting = themeDay(world, 20, LocalDate.now(clock).plusWeeks(5).atTime(9, 0));

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        try {
            for (ParticipantRegistered participant : world.all()) {
                Callable<Response> signUp = () -> {
                    start.await();
                    return fixtures.signUp(meeting, participant);
                };
                responses.add(pool.submit(signUp));
            }
            start.countDown();
            List<JsonNode> results = new ArrayList<>();
            for (Future<Response> response : responses) {
                Response done = response.get();
                assertThat(done.status()).as(done.body()).isEqualTo(201);
                results.add(done.json());
            }
            assertThat(results)
                    .filteredOn(r -> r.get("status").asString().equals("CONFIRMED"))
                    .hasSize(20);
            assertThat(results)
                    .filteredOn(r -> r.get("status").asString().equals("WAITING"))
                    .extracting(r -> r.get("waitingPosition").asInt())
                    .as("every waiting position is taken once")
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 30).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        Meeting stored = meetings.find(meeting).orElseThrow();
        assertThat(stored.confirmed()).hasSize(20);
        assertThat(stored.waiting()).hasSize(30);
        assertThat(stored.signUps())
                .extracting(SignUp::participantId)
                .doesNotHaveDuplicates()
                .hasSize(50);
    }

    @Test
    void afterTheDeadlineOnlyKlChangesSignUps() {
        World world = fixtures.world(List.of("250", "253"), 2);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(6).atTime(9, 0);
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 10);
        request.put("signUpDeadline", start.minusDays(7).toString());
        String meeting = fixtures.schedule(request);
        String early = fixtures.signUp(meeting, world.participant("250", 0))
                .json()
                .get("id")
                .asString();

        clock.setTo(start.minusDays(6).atZone(COPENHAGEN).toInstant());
        Response late = fixtures.signUp(meeting, world.participant("250", 1));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("type").asString()).endsWith("sign-up-deadline-passed");
        assertThat(api.delete("/api/meetings/" + meeting + "/sign-ups/" + early, TestTokens.municipality("250"))
                        .status())
                .isEqualTo(422);

        Response byKl = api.post(
                "/api/meetings/" + meeting + "/sign-ups",
                TestTokens.klAdmin(),
                Map.of("participantId", world.participant("250", 1).participantId()));
        assertThat(byKl.status()).as(byKl.body()).isEqualTo(201);
        assertThat(api.delete("/api/meetings/" + meeting + "/sign-ups/" + early, TestTokens.klAdmin())
                        .status())
                .isEqualTo(204);

        clock.setTo(start.plusMinutes(1).atZone(COPENHAGEN).toInstant());
        Response started = api.post(
                "/api/meetings/" + meeting + "/sign-ups",
                TestTokens.klAdmin(),
                Map.of("participantId", world.participant("253", 0).participantId()));
        assertThat(started.status()).isEqualTo(422);
        assertThat(meetings.find(meeting).orElseThrow().confirmed()).hasSize(1);
    }

    @Test
    void whoMaySignUpWhomDependsOnRoleMunicipalityAndNetwork() {
        World world = fixtures.world(List.of("259", "260"), 1);
        World otherProgramme = fixtures.world(List.of("265", "269"), 1);
        ParticipantRegistered politician = fixtures.registered(world.joined("259"), ParticipantRole.POLITICIAN);
        ParticipantRegistered outsider =
                fixtures.registered(fixtures.joined(world.programme(), "661"), ParticipantRole.INSTITUTION_LEADER);
        fixtures.awaitKnown(List.of(politician, outsider));
        LocalDateTime day = LocalDate.now(clock).plusWeeks(7).atTime(9, 0);
        String themeDay = themeDay(world, 10, day);
        String kickoff = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), null, "KICKOFF", day.plusDays(1), MeetingFixtures.venue(), 100));

        Response politicianAtThemeDay = fixtures.signUp(themeDay, politician);
        assertThat(politicianAtThemeDay.status()).isEqualTo(422);
        assertThat(politicianAtThemeDay.json().get("type").asString()).endsWith("politicians-not-welcome");
        assertThat(fixtures.signUp(kickoff, politician).status()).isEqualTo(201);

        ParticipantRegistered of259 = world.participant("259", 0);
        Response forAnotherMunicipality = api.post(
                "/api/meetings/" + themeDay + "/sign-ups",
                TestTokens.municipality("260"),
                Map.of("participantId", of259.participantId()));
        assertThat(forAnotherMunicipality.status())
                .as("another municipality's people are invisible")
                .isEqualTo(404);

        Response notInNetwork = fixtures.signUp(themeDay, outsider);
        assertThat(notInNetwork.status()).isEqualTo(422);
        assertThat(notInNetwork.json().get("type").asString()).endsWith("not-in-network");
        Response ofOtherProgramme = fixtures.signUp(themeDay, otherProgramme.participant("265", 0));
        assertThat(ofOtherProgramme.status()).isEqualTo(400);
        assertThat(ofOtherProgramme.json().at("/errors/0/field").asString()).isEqualTo("participantId");

        Response unknownPerson = api.post(
                "/api/meetings/" + themeDay + "/sign-ups",
                TestTokens.municipality("259"),
                Map.of("participantId", "no-such-person"));
        assertThat(unknownPerson.status()).isEqualTo(400);
        Response finance = api.post(
                "/api/meetings/" + themeDay + "/sign-ups",
                TestTokens.finance(),
                Map.of("participantId", of259.participantId()));
        assertThat(finance.status()).isEqualTo(403);
        assertThat(api.post(
                                "/api/meetings/" + themeDay + "/sign-ups",
                                null,
                                Map.of("participantId", of259.participantId()))
                        .status())
                .isEqualTo(401);

        String signUp = fixtures.signUp(themeDay, of259).json().get("id").asString();
        assertThat(api.delete("/api/meetings/" + themeDay + "/sign-ups/" + signUp, TestTokens.municipality("260"))
                        .status())
                .isEqualTo(404);
        assertThat(meetings.find(themeDay).orElseThrow().confirmed())
                .extracting(SignUp::participantId)
                .containsExactly(of259.participantId());
    }

    @Test
    void aWithdrawalOrRemovalCancelsFutureSignUpsAndPromotesTheWaiting() {
        World world = fixtures.world(List.of("270", "183"), 2);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(9).atTime(9, 0);
        String upcoming = themeDay(world, 1, day);
        String kickoff = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), null, "KICKOFF", day.plusDays(2), MeetingFixtures.venue(), 1));
        String held = themeDay(world, 10, LocalDate.now(clock).plusDays(1).atTime(9, 0));
        ParticipantRegistered leaving = world.participant("270", 0);
        ParticipantRegistered staying = world.participant("183", 0);
        ParticipantRegistered removed = world.participant("183", 1);
        fixtures.signUp(upcoming, leaving);
        fixtures.signUp(upcoming, staying);
        fixtures.signUp(kickoff, removed);
        fixtures.signUp(kickoff, staying);
        fixtures.signUp(held, leaving);
        clock.setTo(LocalDate.now(clock)
                .plusDays(1)
                .atTime(17, 0)
                .atZone(COPENHAGEN)
                .toInstant());
        assertThat(api.post(
                                "/api/meetings/" + held + "/attendance",
                                TestTokens.klAdmin(),
                                Map.of("participantIds", List.of(leaving.participantId())))
                        .status())
                .isEqualTo(200);
        clock.reset();

        KafkaProbe.publish(
                kafka,
                new MunicipalityWithdrew(
                        world.joined("270").enrolmentId(),
                        world.programmeId(),
                        "270",
                        LocalDate.now(clock),
                        "Byrådet har besluttet at udtræde"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statusIn(upcoming, staying).equals(SignUp.Status.CONFIRMED));
        assertThat(statusIn(upcoming, leaving)).isEqualTo(SignUp.Status.CANCELLED);
        assertThat(meetings.find(held).orElseThrow().attendees()).containsExactly(leaving.participantId());
        assertThat(fixtures.signUp(kickoff, leaving).status())
                .as("a withdrawn municipality cannot sign up")
                .isEqualTo(400);

        KafkaProbe.publish(
                kafka,
                new ParticipantRemoved(
                        world.joined("183").enrolmentId(), world.programmeId(), "183", removed.participantId()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statusIn(kickoff, staying).equals(SignUp.Status.CONFIRMED));
        assertThat(statusIn(kickoff, removed)).isEqualTo(SignUp.Status.CANCELLED);
        assertThat(fixtures.signUp(kickoff, removed).status()).isEqualTo(400);
    }

    @Test
    void withdrawingFromOneProgrammeKeepsTheSeatsTheMunicipalityHoldsThroughAnother() {
        ProgrammePublished leftProgramme = fixtures.programme();
        ProgrammePublished keptProgramme = fixtures.programme();
        MunicipalityJoined left = fixtures.joined(leftProgramme, "330");
        MunicipalityJoined kept = fixtures.joined(keptProgramme, "330");
        ParticipantRegistered ofLeft = fixtures.registered(left, ParticipantRole.INSTITUTION_LEADER);
        ParticipantRegistered ofKept = fixtures.registered(kept, ParticipantRole.INSTITUTION_LEADER);
        fixtures.awaitKnown(List.of(ofLeft, ofKept));
        LocalDateTime day = LocalDate.now(clock).plusWeeks(10).atTime(9, 0);
        String openOfKept = fixtures.schedule(MeetingFixtures.meeting(
                keptProgramme.programmeId(), null, "OPEN_THEME_MEETING", day, MeetingFixtures.venue(), 20));
        String openOfLeft = fixtures.schedule(MeetingFixtures.meeting(
                leftProgramme.programmeId(), null, "OPEN_THEME_MEETING", day.plusDays(1), MeetingFixtures.venue(), 20));
        for (String meeting : List.of(openOfKept, openOfLeft)) {
            assertThat(fixtures.signUp(meeting, ofLeft).status()).isEqualTo(201);
            assertThat(fixtures.signUp(meeting, ofKept).status()).isEqualTo(201);
        }

        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(left, LocalDate.now(clock)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> statusIn(openOfKept, ofLeft) == SignUp.Status.CANCELLED
                        && statusIn(openOfLeft, ofLeft) == SignUp.Status.CANCELLED);
        assertThat(statusIn(openOfKept, ofKept))
                .as("named for the programme the municipality still takes part in")
                .isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(statusIn(openOfLeft, ofKept)).isEqualTo(SignUp.Status.CONFIRMED);
    }

    @Test
    void aReplacementTakesOverTheSeatsOfTheParticipantItReplaces() {
        World world = fixtures.world(List.of("336", "340"), 1);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(11).atTime(9, 0);
        String full = themeDay(world, 1, day);
        ParticipantRegistered replaced = world.participant("336", 0);
        ParticipantRegistered waiting = world.participant("340", 0);
        assertThat(fixtures.signUp(full, replaced).status()).isEqualTo(201);
        assertThat(fixtures.signUp(full, waiting).status()).isEqualTo(201);

        MunicipalityJoined joined = world.joined("336");
        ParticipantRegistered replacement = RegistrationEvents.participant(joined, ParticipantRole.SCHOOL_LEADER);
        KafkaProbe.publish(
                kafka,
                new ParticipantRemoved(
                        joined.enrolmentId(),
                        joined.programmeId(),
                        "336",
                        replaced.participantId(),
                        replacement.participantId()));
        KafkaProbe.publish(
                kafka,
                new ParticipantRegistered(
                        replacement.enrolmentId(),
                        replacement.programmeId(),
                        "336",
                        replacement.participantId(),
                        replacement.name(),
                        replacement.email(),
                        replacement.role(),
                        replaced.participantId()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> meetings.find(full).orElseThrow().signUps().stream()
                        .anyMatch(s -> s.participantId().equals(replacement.participantId())));
        assertThat(statusIn(full, replacement)).isEqualTo(SignUp.Status.CONFIRMED);
        assertThat(statusIn(full, replaced)).isEqualTo(SignUp.Status.CANCELLED);
        assertThat(statusIn(full, waiting)).as("the seat was not given away").isEqualTo(SignUp.Status.WAITING);
        assertThat(meetings.find(full).orElseThrow().confirmed())
                .singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo(replacement.name()));
    }

    private String themeDay(World world, int capacity, LocalDateTime startsAt) {
        return fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", startsAt, MeetingFixtures.venue(), capacity));
    }

    private SignUp.Status statusIn(String meetingId, ParticipantRegistered participant) {
        return meetings.find(meetingId).orElseThrow().signUps().stream()
                .filter(s -> s.participantId().equals(participant.participantId()))
                .reduce((a, b) -> b)
                .orElseThrow()
                .status();
    }

    private static String statusOf(JsonNode meeting, ParticipantRegistered participant) {
        return meeting.get("signUps")
                .valueStream()
                .filter(s -> s.get("participantId").asString().equals(participant.participantId()))
                .findFirst()
                .orElseThrow()
                .get("status")
                .asString();
    }

    private static String venueOf(JsonNode meeting) {
        return meeting.at("/venue/name").asString();
    }
}
