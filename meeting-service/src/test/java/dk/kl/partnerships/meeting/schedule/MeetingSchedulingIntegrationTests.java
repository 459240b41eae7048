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
 * KL plans meetings: announced on the meetings topic, double bookings refused, the plan counted,
 * attendance recorded once and the meeting then closed for good.
 */
class MeetingSchedulingIntegrationTests extends MeetingIntegrationTest {

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
    void aThemeDayIsAnnouncedWithItsLocalTimeAndOffsetAndCountsInThePlan() {
        World world = fixtures.world(List.of("101", "147"), 1);
        LocalDate winterDay = LocalDate.now(clock).plusYears(1).withMonth(1).withDayOfMonth(14);
        LocalDate summerDay = winterDay.withMonth(6).withDayOfMonth(10);
        String winter = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(),
                world.networkId(),
                "THEME_DAY",
                winterDay.atTime(9, 0),
                MeetingFixtures.venue(),
                40));
        String summer = fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(),
                world.networkId(),
                "THEME_DAY",
                summerDay.atTime(9, 0),
                MeetingFixtures.venue(),
                40));

        JsonNode winterEvent = event(EventType.MEETING_SCHEDULED, winter);
        JsonNode summerEvent = event(EventType.MEETING_SCHEDULED, summer);
        assertThat(winterEvent.get("startsAt").asString()).isEqualTo(winterDay + "T09:00:00+01:00");
        assertThat(summerEvent.get("startsAt").asString()).isEqualTo(summerDay + "T09:00:00+02:00");
        assertThat(winterEvent.get("timeZone").asString()).isEqualTo("Europe/Copenhagen");
        assertThat(winterEvent.get("networkId").asString()).isEqualTo(world.networkId());
        assertThat(winterEvent.get("capacity").asInt()).isEqualTo(40);
        assertThat(winterEvent.get("signUpDeadline").asString()).isEqualTo(winterDay + "T09:00:00+01:00");

        Response meeting = api.get("/api/meetings/" + summer, TestTokens.municipality("101"));
        assertThat(meeting.json().get("startsAt").asString()).isEqualTo(summerDay + "T09:00:00+02:00");
        assertThat(meeting.json().at("/agenda/0/title").asString()).isEqualTo("Velkomst");

        JsonNode plan = api.get("/api/programmes/" + world.programmeId() + "/meeting-plan", TestTokens.klAdmin())
                .json();
        assertThat(plan.at("/networks/0/networkId").asString()).isEqualTo(world.networkId());
        assertThat(plan.at("/networks/0/themeDaysScheduled").asInt()).isEqualTo(2);
        assertThat(plan.at("/networks/0/themeDaysPlanned").asInt()).isEqualTo(5);
        assertThat(plan.at("/networks/0/visitsPlanned").asInt()).isEqualTo(2);
    }

    @Test
    void aSixthThemeDayNeedsKlsConfirmationAndThePlanWarnsOfIt() {
        World world = fixtures.world(List.of("350", "360"), 1);
        LocalDate first = LocalDate.now(clock).plusMonths(3);
        for (int i = 0; i < MeetingPlan.THEME_DAYS_PER_NETWORK; i++) {
            fixtures.schedule(themeDay(world, first.plusWeeks(i)));
        }
        assertThat(plan(world).get("warnings")).isEmpty();

        Response unconfirmed = api.post("/api/meetings", TestTokens.klAdmin(), themeDay(world, first.plusWeeks(6)));
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.json().get("rule").asString()).isEqualTo("extra-theme-day-unconfirmed");
        assertThat(plan(world).at("/networks/0/themeDaysScheduled").asInt()).isEqualTo(5);

        Map<String, Object> confirmed = themeDay(world, first.plusWeeks(6));
        confirmed.put("confirmExtraThemeDay", true);
        fixtures.schedule(confirmed);
        JsonNode plan = plan(world);
        assertThat(plan.at("/networks/0/themeDaysScheduled").asInt()).isEqualTo(6);
        assertThat(plan.get("warnings")).singleElement().asString().contains("6 theme days");
    }

    @Test
    void aProgrammesMeetingsFallWithinItsPeriodExceptOpenOnes() {
        World world = fixtures.world(List.of("370", "376"), 1);
        LocalDate startsOn = world.programme().startsOn();
        LocalDate endsOn = world.programme().endsOn();

        Response before = api.post("/api/meetings", TestTokens.klAdmin(), themeDay(world, startsOn.minusDays(1)));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.json().toString()).contains("startsAt").contains(startsOn.toString());
        Response after = api.post("/api/meetings", TestTokens.klAdmin(), themeDay(world, endsOn.plusDays(1)));
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.json().toString()).contains("endsAt").contains(endsOn.toString());
        assertThat(plan(world).at("/networks/0/themeDaysScheduled").asInt()).isZero();

        String lastDay = fixtures.schedule(themeDay(world, endsOn));
        Map<String, Object> moved = themeDay(world, endsOn.plusWeeks(1));
        Response movedOut = api.put("/api/meetings/" + lastDay, TestTokens.klAdmin(), moved);
        assertThat(movedOut.status()).isEqualTo(400);
        assertThat(api.get("/api/meetings/" + lastDay, TestTokens.klAdmin())
                        .json()
                        .get("startsAt")
                        .asString())
                .startsWith(endsOn.toString());

        Map<String, Object> open = MeetingFixtures.meeting(
                world.programmeId(),
                null,
                "OPEN_THEME_MEETING",
                endsOn.plusMonths(2).atTime(9, 0),
                MeetingFixtures.venue(),
                100);
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), open).status())
                .isEqualTo(201);
    }

    private static Map<String, Object> themeDay(World world, LocalDate day) {
        return MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", day.atTime(9, 0), MeetingFixtures.venue(), 40);
    }

    private JsonNode plan(World world) {
        return api.get("/api/programmes/" + world.programmeId() + "/meeting-plan", TestTokens.klAdmin())
                .json();
    }

    @Test
    void aNetworkMeetsOnceADayAndAVenueHostsOneMeetingAtATime() {
        World world = fixtures.world(List.of("151", "153"), 1);
        World other = fixtures.world(List.of("155", "157"), 1);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(6).atTime(9, 0);
        String venue = MeetingFixtures.venue();
        fixtures.schedule(MeetingFixtures.meeting(world.programmeId(), world.networkId(), "THEME_DAY", day, venue, 40));

        Response sameNetworkSameDay = api.post(
                "/api/meetings",
                TestTokens.klAdmin(),
                MeetingFixtures.meeting(
                        world.programmeId(),
                        world.networkId(),
                        "THEME_DAY",
                        day.withHour(17),
                        MeetingFixtures.venue(),
                        40));
        assertThat(sameNetworkSameDay.status()).isEqualTo(409);
        assertThat(sameNetworkSameDay.isProblem()).isTrue();
        assertThat(sameNetworkSameDay.json().get("currentState").asString()).isEqualTo("NETWORK_BOOKED");

        Map<String, Object> sameVenueOverlapping = MeetingFixtures.meeting(
                other.programmeId(),
                other.networkId(),
                "THEME_DAY",
                day.plusHours(3),
                "  " + venue.toUpperCase() + " ",
                40);
        Response venueBooked = api.post("/api/meetings", TestTokens.klAdmin(), sameVenueOverlapping);
        assertThat(venueBooked.status()).isEqualTo(409);
        assertThat(venueBooked.json().get("currentState").asString()).isEqualTo("VENUE_BOOKED");

        Response afterwards = api.post(
                "/api/meetings",
                TestTokens.klAdmin(),
                MeetingFixtures.meeting(
                        other.programmeId(), other.networkId(), "THEME_DAY", day.plusHours(6), venue, 40));
        assertThat(afterwards.status())
                .as("the venue is free once the first meeting has ended")
                .isEqualTo(201);
        Response nextDay = api.post(
                "/api/meetings",
                TestTokens.klAdmin(),
                MeetingFixtures.meeting(
                        world.programmeId(),
                        world.networkId(),
                        "THEME_DAY",
                        day.plusDays(1),
                        MeetingFixtures.venue(),
                        40));
        assertThat(nextDay.status()).isEqualTo(201);

        assertThat(api.get("/api/meetings?networkId=" + world.networkId(), TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/meetings?networkId=" + other.networkId(), TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void reschedulingIntoABookedSlotIsRefusedAndAMoveIsAnnounced() {
        World world = fixtures.world(List.of("159", "161"), 1);
        LocalDateTime day = LocalDate.now(clock).plusWeeks(8).atTime(9, 0);
        fixtures.schedule(MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", day, MeetingFixtures.venue(), 40));
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", day.plusWeeks(1), MeetingFixtures.venue(), 40);
        String second = fixtures.schedule(request);

        request.put("startsAt", day.withHour(13).toString());
        request.put("endsAt", day.withHour(16).toString());
        Response refused = api.put("/api/meetings/" + second, TestTokens.klAdmin(), request);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/meetings/" + second, TestTokens.klAdmin())
                        .json()
                        .get("startsAt")
                        .asString())
                .startsWith(day.plusWeeks(1).toLocalDate().toString());

        request.put("startsAt", day.plusWeeks(2).toString());
        request.put("endsAt", day.plusWeeks(2).plusHours(6).toString());
        Response moved = api.put("/api/meetings/" + second, TestTokens.klAdmin(), request);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode rescheduled = event(EventType.MEETING_RESCHEDULED, second);
        assertThat(rescheduled.get("startsAt").asString())
                .startsWith(day.plusWeeks(2).toLocalDate().toString());

        Response cancelled = api.post(
                "/api/meetings/" + second + "/cancellation",
                TestTokens.klAdmin(),
                Map.of("reason", "Oplægsholder sygemeldt"));
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(event(EventType.MEETING_CANCELLED, second).get("reason").asString())
                .isEqualTo("Oplægsholder sygemeldt");
        Response again = api.post(
                "/api/meetings",
                TestTokens.klAdmin(),
                MeetingFixtures.meeting(
                        world.programmeId(),
                        world.networkId(),
                        "THEME_DAY",
                        day.plusWeeks(2),
                        MeetingFixtures.venue(),
                        40));
        assertThat(again.status()).as("a cancelled meeting frees its day").isEqualTo(201);
    }

    @Test
    void attendanceOfConfirmedParticipantsHoldsTheMeetingOnceAndForAll() {
        World world = fixtures.world(List.of("163", "165"), 2);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(3).atTime(10, 0);
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), null, "OPEN_THEME_MEETING", start, MeetingFixtures.venue(), 3);
        request.put("feePerParticipant", "1500.00");
        String meeting = fixtures.schedule(request);
        ParticipantRegistered a = world.participant("163", 0);
        ParticipantRegistered b = world.participant("163", 1);
        ParticipantRegistered c = world.participant("165", 0);
        ParticipantRegistered waiting = world.participant("165", 1);
        for (ParticipantRegistered participant : List.of(a, b, c, waiting)) {
            assertThat(fixtures.signUp(meeting, participant).status()).isEqualTo(201);
        }

        Response early = api.post(
                "/api/meetings/" + meeting + "/attendance",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(a.participantId())));
        assertThat(early.status()).isEqualTo(422);

        clock.setTo(start.plusHours(7).atZone(COPENHAGEN).toInstant());
        Response notConfirmed = api.post(
                "/api/meetings/" + meeting + "/attendance",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(a.participantId(), waiting.participantId())));
        assertThat(notConfirmed.status()).isEqualTo(400);
        assertThat(notConfirmed.json().at("/errors/0/field").asString()).isEqualTo("participantIds[1]");
        Response byMunicipality = api.post(
                "/api/meetings/" + meeting + "/attendance",
                TestTokens.municipality("163"),
                Map.of("participantIds", List.of(a.participantId())));
        assertThat(byMunicipality.status()).isEqualTo(403);

        Response held = api.post(
                "/api/meetings/" + meeting + "/attendance",
                TestTokens.klAdmin(),
                Map.of("participantIds", List.of(a.participantId(), b.participantId(), c.participantId())));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        assertThat(held.json().get("attendees").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(a.participantId(), b.participantId(), c.participantId());
        assertThat(api.get("/api/meetings/" + meeting, TestTokens.municipality("165"))
                        .json()
                        .get("attendees")
                        .valueStream()
                        .map(JsonNode::asString))
                .as("a coordinator sees who of their own municipality came")
                .containsExactly(c.participantId());

        JsonNode event = event(EventType.MEETING_HELD, meeting);
        assertThat(event.get("feePerParticipant").asString()).isEqualTo("1500.00");
        assertThat(event.get("currency").asString()).isEqualTo("DKK");
        assertThat(event.get("heldOn").asString()).isEqualTo(start.toLocalDate().toString());
        Map<String, List<String>> attendance = new HashMap<>();
        event.get("attendance")
                .forEach(entry -> attendance.put(
                        entry.get("municipalityCode").asString(),
                        entry.get("participantIds")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList()));
        assertThat(attendance)
                .containsOnly(
                        Map.entry("163", List.of(a.participantId(), b.participantId())),
                        Map.entry("165", List.of(c.participantId())));

        assertThat(api.post(
                                "/api/meetings/" + meeting + "/attendance",
                                TestTokens.klAdmin(),
                                Map.of("participantIds", List.of(a.participantId())))
                        .status())
                .isEqualTo(409);
        assertThat(api.put("/api/meetings/" + meeting, TestTokens.klAdmin(), request)
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/meetings/" + meeting + "/cancellation",
                                TestTokens.klAdmin(),
                                Map.of("reason", "Too late"))
                        .status())
                .isEqualTo(409);
        String signUpOfA = api.get("/api/meetings/" + meeting, TestTokens.klAdmin())
                .json()
                .at("/signUps/0/id")
                .asString();
        assertThat(api.delete("/api/meetings/" + meeting + "/sign-ups/" + signUpOfA, TestTokens.klAdmin())
                        .status())
                .isEqualTo(409);
        assertThat(meetingEvents.drain(about(meeting), Duration.ofSeconds(1)))
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactly(
                        EventType.MEETING_SCHEDULED.ceType(),
                        EventType.PARTICIPANT_SIGNED_UP.ceType(),
                        EventType.PARTICIPANT_SIGNED_UP.ceType(),
                        EventType.PARTICIPANT_SIGNED_UP.ceType(),
                        EventType.PARTICIPANT_SIGNED_UP.ceType(),
                        EventType.MEETING_HELD.ceType());
    }

    @Test
    void badInputNamesTheFieldsAndStoresNothing() {
        World world = fixtures.world(List.of("167", "169"), 1);
        LocalDateTime start = LocalDate.now(clock).plusWeeks(5).atTime(9, 0);
        Map<String, Object> request = MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 0);
        request.put("endsAt", start.minusHours(1).toString());
        request.put("venue", Map.of("name", "", "address", "Rådhustorvet 1"));
        Response invalid = api.post("/api/meetings", TestTokens.klAdmin(), request);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .contains("capacity", "venue.name");

        Map<String, Object> badTimes = MeetingFixtures.meeting(
                world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 20);
        badTimes.put("endsAt", start.minusHours(1).toString());
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("endsAt");
        badTimes.put("endsAt", start.plusHours(1).toString());
        badTimes.put("timeZone", "Europe/Atlantis");
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("timeZone");
        badTimes.put("timeZone", null);
        badTimes.put("networkId", null);
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("networkId");
        badTimes.put("networkId", world.networkId());
        badTimes.put("feePerParticipant", "100.00");
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("feePerParticipant");
        badTimes.remove("feePerParticipant");
        badTimes.put("kind", "MUNICIPALITY_VISIT");
        badTimes.put("venue", Map.of("name", "Rådhuset", "address", "Torvet 1", "municipalityCode", "851"));
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("venue.municipalityCode");
        badTimes.put("kind", "GARDEN_PARTY");
        assertThat(api.post("/api/meetings", TestTokens.klAdmin(), badTimes).status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/meetings",
                                TestTokens.municipality("167"),
                                MeetingFixtures.meeting(
                                        world.programmeId(),
                                        world.networkId(),
                                        "THEME_DAY",
                                        start,
                                        MeetingFixtures.venue(),
                                        20))
                        .status())
                .as("only KL plans meetings")
                .isEqualTo(403);

        assertThat(api.get("/api/meetings?programmeId=" + world.programmeId(), TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(meetingEvents.drain(r -> KafkaProbe.payload(r).contains(world.programmeId()), Duration.ofSeconds(1)))
                .isEmpty();
    }

    @Test
    void aMutualVisitIsHostedByAMunicipalityOfTheNetwork() {
        World world = fixtures.world(List.of("175", "173"), 1);
        Map<String, Object> visit = MeetingFixtures.meeting(
                world.programmeId(),
                world.networkId(),
                "MUNICIPALITY_VISIT",
                LocalDate.now(clock).plusWeeks(10).atTime(9, 0),
                MeetingFixtures.venue(),
                20);
        visit.put("venue", Map.of("name", "Børnehuset Solsikken", "address", "Skolevej 2", "municipalityCode", "173"));
        fixtures.schedule(visit);
        assertThat(api.get("/api/programmes/" + world.programmeId() + "/meeting-plan", TestTokens.klAdmin())
                        .json()
                        .at("/networks/0/visitsScheduled")
                        .asInt())
                .isEqualTo(1);
    }

    private JsonNode event(EventType type, String meetingId) {
        List<ConsumerRecord<String, byte[]>> records =
                meetingEvents.await(KafkaProbe.ofType(type).and(about(meetingId)), 1, Duration.ofSeconds(20));
        assertThat(records).as(type + " of " + meetingId).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(meetingId);
        return JSON.readTree(KafkaProbe.payload(records.get(0)));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> about(String meetingId) {
        return record -> meetingId.equals(record.key());
    }
}
