package dk.kl.partnerships.evaluation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A held meeting's attendees rate it once each; KL sees averages, counts and nameless comments. */
class FeedbackIntegrationTests extends EvaluationIntegrationTest {

    @Test
    void attendeesRateOnceAndKlSeesAggregatesWithoutNames() {
        String network = UUID.randomUUID().toString();
        MeetingHeld first = held(network, Map.of("101", List.of("anna", "bo"), "147", List.of("carl")));
        MeetingHeld second = held(network, Map.of("101", List.of("anna")));

        assertThat(rate(first, "101", "anna", 5, "Meget inspirerende oplæg").status())
                .isEqualTo(204);
        assertThat(rate(first, "101", "bo", 3, null).status()).isEqualTo(204);
        assertThat(rate(first, "147", "carl", 4, "God sparring i grupperne").status())
                .isEqualTo(204);
        assertThat(rate(second, "101", "anna", 2, "For lidt tid til erfaringsudveksling")
                        .status())
                .isEqualTo(204);

        Response twice = rate(first, "101", "anna", 1, "changed my mind");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(rate(first, "147", "anna", 4, null).status())
                .as("another municipality's attendee")
                .isEqualTo(404);
        assertThat(rate(first, "101", "dorte", 4, null).status())
                .as("not an attendee")
                .isEqualTo(404);
        assertThat(rate(first, "101", "bo", 6, null).status()).isEqualTo(400);

        JsonNode summary = api.get("/api/meetings/" + first.meetingId() + "/feedback", TestTokens.klAdmin())
                .json();
        assertThat(summary.get("attendees").asInt()).isEqualTo(3);
        assertThat(summary.get("responses").asInt()).isEqualTo(3);
        assertThat(summary.get("average").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(summary.get("scoreCounts").valueStream().map(JsonNode::asInt))
                .containsExactly(0, 0, 1, 1, 1);
        assertThat(summary.get("comments").valueStream().map(JsonNode::asString))
                .containsExactly("God sparring i grupperne", "Meget inspirerende oplæg");
        assertThat(summary.toString())
                .doesNotContain("anna")
                .doesNotContain("carl")
                .doesNotContain("\"101\"");

        JsonNode ofNetwork = api.get("/api/networks/" + network + "/feedback", TestTokens.klAdmin())
                .json();
        assertThat(ofNetwork.get("meetings").asInt()).isEqualTo(2);
        assertThat(ofNetwork.get("responses").asInt()).isEqualTo(4);
        assertThat(ofNetwork.get("average").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(api.get("/api/meetings/" + first.meetingId() + "/feedback", TestTokens.municipality("101"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void fewerResponsesThanTheAnonymityThresholdShowOnlyTheirNumber() {
        String network = UUID.randomUUID().toString();
        MeetingHeld meeting = held(network, Map.of("161", List.of("gitte", "hans"), "163", List.of("ida")));
        assertThat(rate(meeting, "161", "gitte", 1, "Spild af en dag").status()).isEqualTo(204);

        JsonNode one = api.get("/api/meetings/" + meeting.meetingId() + "/feedback", TestTokens.klAdmin())
                .json();
        assertThat(one.get("responses").asInt()).isEqualTo(1);
        assertThat(one.toString()).as("the one comment").doesNotContain("Spild");
        assertThat(one.get("average").isNull()).as("the one score").isTrue();
        assertThat(one.get("scoreCounts")).isEmpty();
        assertThat(one.get("comments")).isEmpty();
        assertThat(one.get("shown").asBoolean()).isFalse();
        JsonNode ofNetwork = api.get("/api/networks/" + network + "/feedback", TestTokens.klAdmin())
                .json();
        assertThat(ofNetwork.get("average").isNull()).isTrue();
        assertThat(ofNetwork.toString()).doesNotContain("Spild");

        assertThat(rate(meeting, "161", "hans", 3, null).status()).isEqualTo(204);
        assertThat(rate(meeting, "163", "ida", 5, "Godt").status()).isEqualTo(204);
        JsonNode three = api.get("/api/meetings/" + meeting.meetingId() + "/feedback", TestTokens.klAdmin())
                .json();
        assertThat(three.get("shown").asBoolean()).isTrue();
        assertThat(three.get("average").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(three.get("comments")).hasSize(2);
    }

    @Test
    void feedbackClosesThirtyDaysAfterTheMeetingAndARepeatedMeetingHeldChangesNothing() {
        MeetingHeld meeting = held(null, Map.of("151", List.of("eva", "finn")));
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.publish(kafka, meeting, eventId);
        KafkaProbe.publish(kafka, meeting);
        assertThat(rate(meeting, "151", "eva", 4, null).status()).isEqualTo(204);

        clock.advance(Period.ofDays(31));

        Response closed = rate(meeting, "151", "finn", 4, null);
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().get("type").asString()).endsWith("feedback-closed");
        assertThat(api.get("/api/meetings/" + meeting.meetingId() + "/feedback", TestTokens.klAdmin())
                        .json()
                        .get("responses")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aCorrectedAttendanceDecidesWhoMayRateAndAnOlderRevisionChangesNothing() {
        MeetingHeld meeting = held(null, Map.of("155", List.of("jens", "karen")));

        KafkaProbe.publish(kafka, corrected(meeting, 2, List.of("jens", "lis")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rate(meeting, "155", "lis", 4, null).status() == 204);
        assertThat(rate(meeting, "155", "karen", 4, null).status())
                .as("no longer an attendee")
                .isEqualTo(404);
        KafkaProbe.publish(kafka, corrected(meeting, 1, List.of("jens", "karen")));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> rate(meeting, "155", "karen", 4, null).status() == 404);
        assertThat(rate(meeting, "155", "jens", 5, null).status()).isEqualTo(204);
    }

    private static MeetingAttendanceCorrected corrected(MeetingHeld held, int revision, List<String> attendees) {
        return new MeetingAttendanceCorrected(
                held.meetingId(),
                held.programmeId(),
                held.networkId(),
                held.kind(),
                held.title(),
                held.heldOn(),
                revision,
                null,
                null,
                List.of(new Attendance("155", attendees)),
                "Deltagerlisten fra mødestedet");
    }

    private MeetingHeld held(String networkId, Map<String, List<String>> attendance) {
        MeetingHeld meeting = new MeetingHeld(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                networkId,
                networkId == null ? MeetingKind.OPEN_THEME_MEETING : MeetingKind.THEME_DAY,
                "Temadag om data",
                LocalDate.now(clock),
                null,
                null,
                attendance.entrySet().stream()
                        .map(e -> new Attendance(e.getKey(), e.getValue()))
                        .toList());
        KafkaProbe.publish(kafka, meeting);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/meetings/" + meeting.meetingId() + "/feedback", TestTokens.klAdmin())
                                .status()
                        == 200);
        return meeting;
    }

    private Response rate(MeetingHeld meeting, String code, String participant, int score, String comment) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("participantId", participant);
        body.put("score", score);
        body.put("comment", comment);
        return api.post("/api/meetings/" + meeting.meetingId() + "/feedback", TestTokens.municipality(code), body);
    }
}
