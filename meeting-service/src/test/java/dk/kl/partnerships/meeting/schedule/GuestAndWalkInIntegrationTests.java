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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KL signs outside guests up for open meetings and the follow-up group, and records walk-ins who came
 * in place of a municipality's signed-up participants: both count as attendees, guests for their
 * organisation, walk-ins for their municipality.
 */
class GuestAndWalkInIntegrationTests extends MeetingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void klSignsGuestsUpWithinCapacityAndTheHeldMeetingCountsThemPerOrganisationByIdOnly() {
        World world = fixtures.world(List.of("265", "269"), 1);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(3).atTime(10, 0);
        String meeting = openMeetingWithFee(world, start, 2);
        String guestSignUps = "/api/meetings/" + meeting + "/guest-sign-ups";
        ParticipantRegistered participant = world.participant("265", 0);
        assertThat(fixtures.signUp(meeting, participant).status()).isEqualTo(201);

        assertThat(api.post(guestSignUps, TestTokens.municipality("265"), guest("Anne Bupl", "anne@bupl.example"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(guestSignUps, TestTokens.finance(), guest("Anne Bupl", "anne@bupl.example"))
                        .status())
                .isEqualTo(403);
        Map<String, Object> noEmail = guest("Anne Bupl", null);
        Response missing = api.post(guestSignUps, TestTokens.klAdmin(), noEmail);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("email");
        Map<String, Object> badEan = guest("Anne Bupl", "anne@bupl.example");
        organisation(badEan).put("ean", "5798000012340");
        Response wrongEan = api.post(guestSignUps, TestTokens.klAdmin(), badEan);
        assertThat(wrongEan.status()).isEqualTo(400);
        assertThat(wrongEan.json().at("/errors/0/field").asString()).isEqualTo("organisation.ean");
        Map<String, Object> noAddress = guest("Anne Bupl", "anne@bupl.example");
        organisation(noAddress).remove("address");
        Response uninvoiceable = api.post(guestSignUps, TestTokens.klAdmin(), noAddress);
        assertThat(uninvoiceable.status())
                .as("a meeting with a fee needs the organisation's address")
                .isEqualTo(400);
        assertThat(uninvoiceable.json().at("/errors/0/field").asString()).isEqualTo("organisation.address");
        assertThat(api.get("/api/meetings/" + meeting, TestTokens.klAdmin())
                        .json()
                        .get("confirmed")
                        .asInt())
                .as("bad input signs nobody up")
                .isEqualTo(1);

        Response first = api.post(guestSignUps, TestTokens.klAdmin(), guest("Anne Bupl", "anne@bupl.example"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.json().at("/guest/organisation/cvr").asString()).isEqualTo("12345674");
        assertThat(api.post(guestSignUps, TestTokens.klAdmin(), guest("Anne Bupl", "ANNE@bupl.example"))
                        .status())
                .as("the same guest twice")
                .isEqualTo(409);
        Response second = api.post(guestSignUps, TestTokens.klAdmin(), guest("Bo Bupl", "bo@bupl.example"));
        assertThat(second.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(second.json().get("waitingPosition").asInt()).isEqualTo(1);

        String firstSignUp = "/api/meetings/" + meeting + "/sign-ups/"
                + first.json().get("id").asString();
        assertThat(api.delete(firstSignUp, TestTokens.municipality("265")).status())
                .as("a guest's sign-up is not a municipality's")
                .isEqualTo(404);
        assertThat(api.delete(firstSignUp, TestTokens.klAdmin()).status()).isEqualTo(204);
        JsonNode afterCancel =
                api.get("/api/meetings/" + meeting, TestTokens.klAdmin()).json();
        assertThat(afterCancel.get("waiting").asInt())
                .as("the waiting guest is promoted")
                .isZero();
        String bo = second.json().get("participantId").asString();
        assertThat(afterCancel
                        .get("signUps")
                        .valueStream()
                        .map(s -> s.get("name").asString()))
                .contains("Bo Bupl");
        for (String token : List.of(TestTokens.municipality("265"), TestTokens.finance())) {
            assertThat(api.get("/api/meetings/" + meeting, token).body())
                    .as("guests' names and e-mails are KL's only")
                    .doesNotContain("Bo Bupl")
                    .doesNotContain("bo@bupl.example");
        }

        try (KafkaProbe events = KafkaProbe.reading(kafka, Topic.MEETINGS.topicName())) {
            clock.setTo(start.plusHours(7).atZone(COPENHAGEN).toInstant());
            Response held = api.post(
                    "/api/meetings/" + meeting + "/attendance",
                    TestTokens.klAdmin(),
                    Map.of("participantIds", List.of(participant.participantId(), bo)));
            assertThat(held.status()).as(held.body()).isEqualTo(200);
            assertThat(held.json().get("attendees").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder(participant.participantId(), bo);

            ConsumerRecord<String, byte[]> record = events.await(
                            KafkaProbe.ofType(EventType.MEETING_HELD).and(r -> meeting.equals(r.key())),
                            1,
                            Duration.ofSeconds(20))
                    .get(0);
            String payload = KafkaProbe.payload(record);
            assertThat(payload).doesNotContain("Bo Bupl").doesNotContain("bo@bupl.example");
            JsonNode event = JSON.readTree(payload);
            assertThat(event.at("/attendance/0/municipalityCode").asString()).isEqualTo("265");
            JsonNode guests = event.get("guestAttendance");
            assertThat(guests).hasSize(1);
            assertThat(guests.at("/0/organisationId").asString()).isEqualTo("0184:12345674");
            assertThat(guests.at("/0/organisation/name").asString()).isEqualTo("BUPL");
            assertThat(guests.at("/0/organisation/address/city").asString()).isEqualTo("København K");
            assertThat(guests.at("/0/guestIds").valueStream().map(JsonNode::asString))
                    .containsExactly(bo);
        }
    }

    @Test
    void guestsComeOnlyToOpenMeetingsAndTheFollowUpGroupAndNeedNoInvoicingDetailsWithoutAFee() {
        World world = fixtures.world(List.of("250", "253"), 1);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(3).atTime(10, 0);
        String themeDay = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 10));
        String followUp = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), null, "FOLLOW_UP_GROUP", start, MeetingFixtures.venue(), 10));
        Map<String, Object> ministry = guest("Mette Ministeriet", "mette@uvm.example");
        organisation(ministry).remove("address");
        organisation(ministry).remove("cvr");
        organisation(ministry).put("name", "Børne- og Undervisningsministeriet");

        Response refused = api.post("/api/meetings/" + themeDay + "/guest-sign-ups", TestTokens.klAdmin(), ministry);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("guests-not-welcome");
        Response welcome = api.post("/api/meetings/" + followUp + "/guest-sign-ups", TestTokens.klAdmin(), ministry);
        assertThat(welcome.status()).as(welcome.body()).isEqualTo(201);
        assertThat(welcome.json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aWalkInInPlaceOfAnAbsentParticipantCountsForTheirMunicipality() {
        World world = fixtures.world(List.of("259", "260"), 2);
        fixtures.world(List.of("240"), 1);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(3).atTime(10, 0);
        String meeting = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 10));
        ParticipantRegistered a = world.participant("259", 0);
        ParticipantRegistered b = world.participant("259", 1);
        ParticipantRegistered c = world.participant("260", 0);
        for (ParticipantRegistered participant : List.of(a, b, c)) {
            assertThat(fixtures.signUp(meeting, participant).status()).isEqualTo(201);
        }
        clock.setTo(start.plusHours(7).atZone(COPENHAGEN).toInstant());
        String attendance = "/api/meetings/" + meeting + "/attendance";
        Map<String, Object> karen = walkIn("Karen Vikar", "karen@example.dk", "259");

        Response noAbsentSeat = api.post(
                attendance,
                TestTokens.klAdmin(),
                Map.of(
                        "participantIds",
                        List.of(a.participantId(), b.participantId(), c.participantId()),
                        "walkIns",
                        List.of(karen)));
        assertThat(noAbsentSeat.status()).as("nobody of 259 was missing").isEqualTo(400);
        assertThat(noAbsentSeat.json().at("/errors/0/field").asString()).isEqualTo("walkIns[0].municipalityCode");
        Response outsider = api.post(
                attendance,
                TestTokens.klAdmin(),
                Map.of(
                        "participantIds",
                        List.of(a.participantId()),
                        "walkIns",
                        List.of(walkIn("Ole Udefra", null, "240"))));
        assertThat(outsider.status())
                .as("240 takes part in another programme only")
                .isEqualTo(400);
        assertThat(outsider.json().at("/errors/0/field").asString()).isEqualTo("walkIns[0].municipalityCode");
        Response noName = api.post(
                attendance,
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(a.participantId()), "walkIns", List.of(walkIn(" ", null, "259"))));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().at("/errors/0/field").asString()).isEqualTo("walkIns[0].name");

        try (KafkaProbe events = KafkaProbe.reading(kafka, Topic.MEETINGS.topicName())) {
            Response held = api.post(
                    attendance,
                    TestTokens.klAdmin(),
                    Map.of("participantIds", List.of(a.participantId(), c.participantId()), "walkIns", List.of(karen)));
            assertThat(held.status()).as(held.body()).isEqualTo(200);
            JsonNode walkIns = held.json().get("walkIns");
            assertThat(walkIns).hasSize(1);
            assertThat(walkIns.at("/0/name").asString()).isEqualTo("Karen Vikar");
            assertThat(walkIns.at("/0/municipalityCode").asString()).isEqualTo("259");
            String karenId = walkIns.at("/0/id").asString();
            assertThat(held.json().get("attendees").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder(a.participantId(), c.participantId(), karenId);
            assertThat(api.get("/api/meetings/" + meeting, TestTokens.municipality("260"))
                            .json()
                            .get("walkIns"))
                    .as("another municipality's walk-ins are not shown")
                    .isEmpty();

            JsonNode event = JSON.readTree(KafkaProbe.payload(events.await(
                            KafkaProbe.ofType(EventType.MEETING_HELD).and(r -> meeting.equals(r.key())),
                            1,
                            Duration.ofSeconds(20))
                    .get(0)));
            Map<String, JsonNode> byMunicipality = new LinkedHashMap<>();
            event.get("attendance")
                    .forEach(e -> byMunicipality.put(e.get("municipalityCode").asString(), e));
            assertThat(byMunicipality
                            .get("259")
                            .get("participantIds")
                            .valueStream()
                            .map(JsonNode::asString))
                    .as("the walk-in is an attendee of 259")
                    .containsExactlyInAnyOrder(a.participantId(), karenId);
            assertThat(byMunicipality.get("259").get("walkInIds").valueStream().map(JsonNode::asString))
                    .containsExactly(karenId);

            Response corrected = api.post(
                    "/api/meetings/" + meeting + "/attendance-corrections",
                    TestTokens.klAdmin(),
                    Map.of(
                            "participantIds",
                            List.of(a.participantId()),
                            "walkIns",
                            List.of(karen, walkIn("Jens Vikar", null, "260")),
                            "reason",
                            "C sent Jens instead"));
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
            assertThat(corrected.json().get("attendanceRevision").asInt()).isEqualTo(1);
            assertThat(corrected
                            .json()
                            .get("walkIns")
                            .valueStream()
                            .map(w -> w.get("name").asString()))
                    .containsExactlyInAnyOrder("Karen Vikar", "Jens Vikar");
            JsonNode correction = JSON.readTree(KafkaProbe.payload(events.await(
                            KafkaProbe.ofType(EventType.MEETING_ATTENDANCE_CORRECTED)
                                    .and(r -> meeting.equals(r.key())),
                            1,
                            Duration.ofSeconds(20))
                    .get(0)));
            Map<String, Integer> counts = new LinkedHashMap<>();
            correction
                    .get("attendance")
                    .forEach(e -> counts.put(
                            e.get("municipalityCode").asString(),
                            e.get("participantIds").size()));
            assertThat(counts).containsEntry("259", 2).containsEntry("260", 1);
        }
    }

    private String openMeetingWithFee(World world, LocalDateTime start, int capacity) {
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), null, "OPEN_THEME_MEETING", start, MeetingFixtures.venue(), capacity);
        request.put("feePerParticipant", "1500.00");
        return fixtures.schedule(request);
    }

    static Map<String, Object> guest(String name, String email) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Blegdamsvej 124");
        address.put("postalCode", "1000");
        address.put("city", "København K");
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("name", "BUPL");
        organisation.put("address", address);
        organisation.put("cvr", "12345674");
        organisation.put("reference", "Temamøde");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (email != null) {
            body.put("email", email);
        }
        body.put("organisation", organisation);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> organisation(Map<String, Object> guest) {
        return (Map<String, Object>) guest.get("organisation");
    }

    private static Map<String, Object> walkIn(String name, String email, String municipalityCode) {
        Map<String, Object> walkIn = new LinkedHashMap<>();
        walkIn.put("name", name);
        if (email != null) {
            walkIn.put("email", email);
        }
        walkIn.put("municipalityCode", municipalityCode);
        return walkIn;
    }
}
