package dk.kl.partnerships.meeting.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KL corrects a held meeting's attendance, with a reason, within the correction window (30 days
 * after the meeting by default): each correction is a revision, announced with the whole attendance.
 */
class AttendanceCorrectionIntegrationTests extends MeetingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    KafkaProbe meetingEvents;

    @BeforeEach
    void readMeetingEvents() {
        meetingEvents = KafkaProbe.reading(kafka, Topic.MEETINGS.topicName());
    }

    @AfterEach
    void stopReading() {
        meetingEvents.close();
    }

    @Test
    void aCorrectionIsANewRevisionAnnouncedWithTheWholeAttendanceAndItsReason() {
        Held held = holdOpenMeeting(List.of("173", "175"));
        String correction = "/api/meetings/" + held.meetingId() + "/attendance-corrections";

        Response corrected = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of(
                        "participantIds",
                        List.of(held.a().participantId(), held.c().participantId()),
                        "reason",
                        "The venue's list: B was ill, C came"));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("attendanceRevision").asInt()).isEqualTo(1);
        assertThat(corrected.json().get("attendanceCorrectionReason").asString())
                .isEqualTo("The venue's list: B was ill, C came");
        assertThat(corrected.json().get("attendees").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(held.a().participantId(), held.c().participantId());
        JsonNode event = event(EventType.MEETING_ATTENDANCE_CORRECTED, held.meetingId(), 1);
        assertThat(event.get("revision").asInt()).isEqualTo(1);
        assertThat(event.get("reason").asString()).isEqualTo("The venue's list: B was ill, C came");
        assertThat(event.get("feePerParticipant").asString()).isEqualTo("1500.00");
        assertThat(attendance(event))
                .containsOnly(
                        Map.entry("173", List.of(held.a().participantId())),
                        Map.entry("175", List.of(held.c().participantId())));

        Response again = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of(
                        "participantIds",
                        List.of(held.c().participantId(), held.a().participantId()),
                        "reason",
                        "The venue's list: B was ill, C came"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("attendanceRevision").asInt())
                .as("the same correction again is no new revision")
                .isEqualTo(1);

        Response second = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(held.c().participantId()), "reason", "A left before noon"));
        assertThat(second.json().get("attendanceRevision").asInt()).isEqualTo(2);
        assertThat(attendance(event(EventType.MEETING_ATTENDANCE_CORRECTED, held.meetingId(), 2)))
                .as("a municipality none of whose people came is listed with nobody")
                .containsOnly(
                        Map.entry("173", List.of()),
                        Map.entry("175", List.of(held.c().participantId())));
        assertThat(meetingEvents.drain(
                        KafkaProbe.ofType(EventType.MEETING_ATTENDANCE_CORRECTED)
                                .and(about(held.meetingId())),
                        Duration.ofSeconds(1)))
                .extracting(r ->
                        JSON.readTree(KafkaProbe.payload(r)).get("revision").asInt())
                .containsExactly(1, 2);
        assertThat(api.get("/api/meetings/" + held.meetingId(), TestTokens.municipality("173"))
                        .json()
                        .get("attendees"))
                .as("the coordinator sees the corrected attendance")
                .isEmpty();
    }

    @Test
    void onlyKlCorrectsAHeldMeetingWithAReasonAndOnlyWithinTheWindow() {
        Held held = holdOpenMeeting(List.of("183", "185"));
        String correction = "/api/meetings/" + held.meetingId() + "/attendance-corrections";
        Map<String, Object> body = Map.of("participantIds", List.of(held.a().participantId()), "reason", "Late list");

        assertThat(api.post(correction, TestTokens.municipality("183"), body).status())
                .isEqualTo(403);
        assertThat(api.post(correction, TestTokens.finance(), body).status()).isEqualTo(403);
        Response noReason = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(held.a().participantId())));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        Response notSignedUp = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(held.a().participantId(), "someone-else"), "reason", "Late list"));
        assertThat(notSignedUp.status()).isEqualTo(400);
        assertThat(notSignedUp.json().at("/errors/0/field").asString()).isEqualTo("participantIds[1]");
        assertThat(api.post("/api/meetings/no-such-meeting/attendance-corrections", TestTokens.klAdmin(), body)
                        .status())
                .isEqualTo(404);

        clock.setTo(held.endsAt().plus(Duration.ofDays(30)).minusSeconds(60));
        assertThat(api.post(correction, TestTokens.klAdmin(), body).status())
                .as("on the last day of the window")
                .isEqualTo(200);
        clock.setTo(held.endsAt().plus(Duration.ofDays(30)).plusSeconds(60));
        Response late = api.post(
                correction,
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(held.b().participantId()), "reason", "Later still"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("rule").asString()).isEqualTo("attendance-correction-window-closed");
        assertThat(api.get("/api/meetings/" + held.meetingId(), TestTokens.klAdmin())
                        .json()
                        .get("attendanceRevision")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aMeetingNotYetHeldHasNoAttendanceToCorrect() {
        World world = fixtures.world(List.of("187", "190"), 1);
        String meeting = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(),
                null,
                "OPEN_THEME_MEETING",
                LocalDate.now(clock).plusWeeks(2).atTime(10, 0),
                MeetingFixtures.venue(),
                10));

        Response correction = api.post(
                "/api/meetings/" + meeting + "/attendance-corrections",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(), "reason", "Nobody came"));

        assertThat(correction.status()).isEqualTo(409);
    }

    private record Held(
            String meetingId,
            Instant endsAt,
            ParticipantRegistered a,
            ParticipantRegistered b,
            ParticipantRegistered c) {}

    /** An open meeting with a fee where A and B of the first municipality came and C of the second did not. */
    private Held holdOpenMeeting(List<String> municipalities) {
        World world = fixtures.world(municipalities, 2);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(3).atTime(10, 0);
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), null, "OPEN_THEME_MEETING", start, MeetingFixtures.venue(), 10);
        request.put("feePerParticipant", "1500.00");
        String meeting = fixtures.schedule(request);
        ParticipantRegistered a = world.participant(municipalities.get(0), 0);
        ParticipantRegistered b = world.participant(municipalities.get(0), 1);
        ParticipantRegistered c = world.participant(municipalities.get(1), 0);
        for (ParticipantRegistered participant : List.of(a, b, c)) {
            assertThat(fixtures.signUp(meeting, participant).status()).isEqualTo(201);
        }
        clock.setTo(start.plusHours(7).atZone(COPENHAGEN).toInstant());
        Response held = api.post(
                "/api/meetings/" + meeting + "/attendance",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(a.participantId(), b.participantId())));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        Instant endsAt =
                OffsetDateTime.parse(held.json().get("endsAt").asString()).toInstant();
        return new Held(meeting, endsAt, a, b, c);
    }

    private static Map<String, List<String>> attendance(JsonNode event) {
        Map<String, List<String>> attendance = new HashMap<>();
        event.get("attendance")
                .forEach(entry -> attendance.put(
                        entry.get("municipalityCode").asString(),
                        entry.get("participantIds")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList()));
        return attendance;
    }

    private JsonNode event(EventType type, String meetingId, int revision) {
        List<ConsumerRecord<String, byte[]>> records = meetingEvents.await(
                KafkaProbe.ofType(type)
                        .and(about(meetingId))
                        .and(r -> JSON.readTree(KafkaProbe.payload(r))
                                        .get("revision")
                                        .asInt()
                                == revision),
                1,
                Duration.ofSeconds(20));
        assertThat(records).as(type + " of " + meetingId).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(meetingId);
        return JSON.readTree(KafkaProbe.payload(records.get(0)));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> about(String meetingId) {
        return record -> meetingId.equals(record.key());
    }
}
