package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A programme's life across the services, from registration's events: the meeting service plans
 * meetings, takes sign-ups with a waiting list, frees the seats of a municipality that withdraws and
 * announces the attendance — which billing invoices (and credits once KL corrects it) and evaluation
 * opens for feedback — and the evaluation service requests self-evaluations and compares the
 * municipalities. Every request
 * goes through the gateway with tokens from the identity server.
 */
class ProgrammeJourneySystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    static Platform platform;
    static Client client;
    static Scenario scenario;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        client = new Client(platform).viaGateway();
        scenario = new Scenario(client);
    }

    @Test
    void joinedMunicipalitiesSignUpTheirParticipantsAndTheirAttendanceIsAnnouncedAndInvoiced() throws Exception {
        String programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
        List<String> codes = List.of("461", "479", "480", "482");
        Map<String, String> enrolments = scenario.joined(programme, codes);
        Map<String, List<String>> participants = new LinkedHashMap<>();
        for (String code : codes) {
            List<String> named = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                named.add(client.post(
                                Platform.REGISTRATION,
                                "/api/enrolments/" + enrolments.get(code) + "/participants",
                                client.token("MUNICIPALITY", code),
                                Map.of(
                                        "name",
                                        "Leder " + i + " i " + code,
                                        "email",
                                        "leder" + i + "@kommune" + code + ".dk",
                                        "role",
                                        "INSTITUTION_LEADER"))
                        .expect(201)
                        .json()
                        .get("id")
                        .asString());
            }
            participants.put(code, named);
        }
        String network = scenario.formNetwork(programme, "Fyn", codes);
        await().atMost(EVENTUALLY)
                .until(() -> client.get(
                                Platform.MEETING, "/api/programmes/" + programme + "/meeting-plan", scenario.klToken())
                        .body()
                        .contains(network));

        LocalDateTime themeDayStart = scenario.startsOn(programme).plusWeeks(3).atTime(9, 0);
        String themeDay = schedule(programme, network, "THEME_DAY", themeDayStart, 5, null);
        for (String code : codes) {
            for (String participant : participants.get(code)) {
                signUp(themeDay, code, participant);
            }
        }
        JsonNode full = meeting(themeDay);
        assertThat(full.get("confirmed").asInt()).isEqualTo(5);
        assertThat(full.get("waiting").asInt()).isEqualTo(3);

        client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolments.get("461") + "/withdrawal",
                        client.token("MUNICIPALITY", "461"),
                        Map.of("reason", "Byrådet har besluttet at udtræde"))
                .expect(200);
        await().atMost(EVENTUALLY).until(() -> meeting(themeDay).get("waiting").asInt() == 1);
        JsonNode afterWithdrawal = meeting(themeDay);
        assertThat(afterWithdrawal.get("confirmed").asInt()).isEqualTo(5);
        assertThat(afterWithdrawal
                        .get("signUps")
                        .valueStream()
                        .map(s -> s.get("municipalityCode").asString()))
                .doesNotContain("461");

        LocalDateTime soon =
                LocalDateTime.now(BusinessTime.ZONE).plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        String conference = schedule(programme, null, "OPEN_THEME_MEETING", soon, 50, "1500.00");
        List<String> attendees = List.of(
                participants.get("479").get(0),
                participants.get("479").get(1),
                participants.get("480").get(0));
        signUp(conference, "479", attendees.get(0));
        signUp(conference, "479", attendees.get(1));
        signUp(conference, "480", attendees.get(2));
        Thread.sleep(Math.max(
                0,
                Duration.between(Instant.now(), soon.atZone(BusinessTime.ZONE).toInstant())
                                .toMillis()
                        + 1000));
        client.post(
                        Platform.MEETING,
                        "/api/meetings/" + conference + "/attendance",
                        scenario.klToken(),
                        Map.of("participantIds", attendees))
                .expect(200);

        try (EventLog events = new EventLog(platform.kafka(), Topic.MEETINGS.topicName(), Topic.INVOICES.topicName())) {
            List<EventLog.Event> held =
                    events.await(e -> e.is("MeetingHeld") && conference.equals(e.key()), 1, EVENTUALLY);
            assertThat(held).hasSize(1);
            MeetingHeld meetingHeld = Client.JSON.readValue(held.get(0).payload(), MeetingHeld.class);
            assertThat(meetingHeld.feePerParticipant()).isEqualByComparingTo("1500.00");
            assertThat(meetingHeld.attendance())
                    .extracting(
                            Attendance::municipalityCode,
                            a -> a.participantIds().size())
                    .containsExactlyInAnyOrder(tuple("479", 2), tuple("480", 1));

            List<EventLog.Event> fees =
                    events.await(e -> e.is("InvoiceIssued") && e.payload().contains(conference), 2, EVENTUALLY);
            Map<String, BigDecimal> netByMunicipality = new LinkedHashMap<>();
            for (EventLog.Event fee : fees) {
                InvoiceIssued invoice = Client.JSON.readValue(fee.payload(), InvoiceIssued.class);
                assertThat(invoice.cause().eventType()).isEqualTo("MeetingHeld");
                netByMunicipality.put(invoice.municipalityCode(), invoice.netTotal());
            }
            assertThat(netByMunicipality).hasSize(2);
            assertThat(netByMunicipality.get("479")).isEqualByComparingTo("3000.00");
            assertThat(netByMunicipality.get("480")).isEqualByComparingTo("1500.00");
            assertThat(events.settle(e -> e.is("MeetingHeld") && conference.equals(e.key()), Duration.ofSeconds(2)))
                    .hasSize(1);
        }

        String token479 = client.token("MUNICIPALITY", "479");
        await().atMost(EVENTUALLY)
                .until(() -> client.post(
                                        Platform.EVALUATION,
                                        "/api/meetings/" + conference + "/feedback",
                                        token479,
                                        Map.of(
                                                "participantId",
                                                attendees.get(0),
                                                "score",
                                                5,
                                                "comment",
                                                "Meget relevant"))
                                .status()
                        == 204);
        client.post(
                        Platform.EVALUATION,
                        "/api/meetings/" + conference + "/feedback",
                        token479,
                        Map.of("participantId", attendees.get(1), "score", 4))
                .expect(204);
        JsonNode feedback = client.get(
                        Platform.EVALUATION, "/api/meetings/" + conference + "/feedback", scenario.klToken())
                .expect(200)
                .json();
        assertThat(feedback.get("responses").asInt()).isEqualTo(2);
        assertThat(feedback.get("shown").asBoolean())
                .as("two answers are fewer than the anonymity threshold")
                .isFalse();
        assertThat(feedback.get("average").isNull()).isTrue();

        // the venue's list shows that the second participant from 479 did not come after all
        try (EventLog events = new EventLog(platform.kafka(), Topic.INVOICES.topicName())) {
            JsonNode corrected = client.post(
                            Platform.MEETING,
                            "/api/meetings/" + conference + "/attendance-corrections",
                            scenario.klToken(),
                            Map.of(
                                    "participantIds",
                                    List.of(attendees.get(0), attendees.get(2)),
                                    "reason",
                                    "Deltagerlisten fra mødestedet"))
                    .expect(200)
                    .json();
            assertThat(corrected.get("attendanceRevision").asInt()).isEqualTo(1);
            List<EventLog.Event> credits =
                    events.await(e -> e.is("CreditNoteIssued") && e.payload().contains(conference), 1, EVENTUALLY);
            assertThat(credits).hasSize(1);
            CreditNoteIssued credit = Client.JSON.readValue(credits.get(0).payload(), CreditNoteIssued.class);
            assertThat(credit.municipalityCode()).isEqualTo("479");
            assertThat(credit.netTotal()).isEqualByComparingTo("1500.00");
            assertThat(credit.creditNoteNumber()).startsWith("K");
            assertThat(credit.cause().eventType()).isEqualTo("MeetingAttendanceCorrected");
            assertThat(client.get(Platform.BILLING, "/api/credit-notes/" + credit.creditNoteId(), token479)
                            .expect(200)
                            .json()
                            .get("creditedInvoiceId")
                            .asString())
                    .isEqualTo(credit.creditedInvoiceId());
        }

        // KL's audit log says who made each change: the coordinators, KL, and billing after KL's correction
        JsonNode audit = await().atMost(EVENTUALLY)
                .until(
                        () -> client.get(
                                        Platform.REGISTRATION,
                                        "/api/audit-log?programmeId=" + programme + "&size=200",
                                        scenario.klToken())
                                .expect(200)
                                .json()
                                .get("items"),
                        items -> items.valueStream()
                                .anyMatch(i -> "CreditNoteIssued"
                                                .equals(i.get("eventType").asString())
                                        && "MeetingAttendanceCorrected"
                                                .equals(i.at("/actor/eventType").asString())));
        assertThat(auditOf(audit, "MunicipalityWithdrew"))
                .extracting(
                        i -> i.at("/actor/userId").asString(),
                        i -> i.at("/actor/municipalityCode").asString())
                .containsExactly(tuple("koordinator-461", "461"));
        assertThat(auditOf(audit, "MunicipalityJoined"))
                .extracting(i -> i.at("/actor/userId").asString())
                .containsExactlyInAnyOrder("koordinator-461", "koordinator-479", "koordinator-480", "koordinator-482");
        assertThat(auditOf(audit, "MeetingHeld"))
                .extracting(
                        i -> i.at("/actor/userId").asString(),
                        i -> i.at("/actor/roles/0").asString())
                .containsExactly(tuple("kl-admin", "KL_ADMIN"));
        assertThat(auditOf(audit, "CreditNoteIssued"))
                .extracting(
                        i -> i.at("/actor/kind").asString(),
                        i -> i.at("/actor/eventType").asString())
                .as("the credit notes of the withdrawal before the start and of the correction")
                .containsExactlyInAnyOrder(
                        tuple("EVENT", "MunicipalityWithdrew"), tuple("EVENT", "MeetingAttendanceCorrected"));
        assertThat(client.get(
                                Platform.REGISTRATION,
                                "/api/audit-log?programmeId=" + programme + "&municipalityCode=461",
                                scenario.klToken())
                        .expect(200)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("municipalityCodes").toString()))
                .isNotEmpty()
                .allMatch(listed -> listed.contains("461"));
        client.get(Platform.REGISTRATION, "/api/audit-log", client.token("MUNICIPALITY", "479"))
                .expect(403);
    }

    private static List<JsonNode> auditOf(JsonNode items, String eventType) {
        return items.valueStream()
                .filter(i -> eventType.equals(i.get("eventType").asString()))
                .toList();
    }

    @Test
    void aLateJoinerPlacedInANetworkSignsUpForItsThemeDayAndItsParticipantGetsACertificate() throws Exception {
        String programme = scenario.programmeUnderWay("PARTNERSHIP", "110000.00", "Partnerskab med sen tilmelding");
        Map<String, String> enrolments = scenario.joined(programme, List.of("540", "550"));
        String network = scenario.formNetwork(programme, "Sønderjylland", List.of("540", "550"));
        String lateEnrolment = scenario.joined(programme, "561");
        String early = nameParticipant(enrolments.get("540"), "540", "Leder i Sønderborg");
        String late = nameParticipant(lateEnrolment, "561", "Leder i Esbjerg");

        client.post(
                        Platform.REGISTRATION,
                        "/api/programmes/" + programme + "/networks/" + network + "/members",
                        scenario.klToken(),
                        Map.of("municipalityCode", "561", "reason", "Tilmeldt efter netværksdannelsen"))
                .expect(200);
        // the history follows from registration's own events, a moment later
        String token561 = client.token("MUNICIPALITY", "561");
        await().atMost(EVENTUALLY)
                .until(() -> client.get(
                                Platform.REGISTRATION,
                                "/api/programmes/" + programme + "/networks/" + network + "/history",
                                token561)
                        .expect(200)
                        .json()
                        .at("/items/0/reason")
                        .asString()
                        .equals("Tilmeldt efter netværksdannelsen"));

        LocalDateTime start =
                LocalDateTime.now(BusinessTime.ZONE).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        String themeDay = schedule(programme, network, "THEME_DAY", start, 10, null);
        // meeting-service learns of the new member from NetworkChanged: the sign-up succeeds once it has
        signUp(themeDay, "561", late);
        signUp(themeDay, "540", early);
        Thread.sleep(Math.max(
                0,
                Duration.between(Instant.now(), start.atZone(BusinessTime.ZONE).toInstant())
                                .toMillis()
                        + 1000));
        client.post(
                        Platform.MEETING,
                        "/api/meetings/" + themeDay + "/attendance",
                        scenario.klToken(),
                        Map.of("participantIds", List.of(early, late)))
                .expect(200);

        String certificate = "/api/programmes/" + programme + "/participants/" + late + "/certificate";
        client.get(Platform.MEETING, certificate, client.token("MUNICIPALITY", "540"))
                .expect(404);
        Client.Response pdf =
                client.get(Platform.MEETING, certificate, token561).expect(200);
        assertThat(pdf.body()).startsWith("%PDF");
        client.get(Platform.MEETING, certificate, scenario.klToken()).expect(200);
    }

    private String nameParticipant(String enrolment, String code, String name) {
        return client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolment + "/participants",
                        client.token("MUNICIPALITY", code),
                        Map.of("name", name, "email", "leder@kommune" + code + ".dk", "role", "INSTITUTION_LEADER"))
                .expect(201)
                .json()
                .get("id")
                .asString();
    }

    @Test
    void joiningRequestsABaselineSelfEvaluationAndSubmittedOnesAreBenchmarkedAgainstTheNetwork() {
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        List<String> codes = List.of("621", "615", "607", "630");
        Map<String, String> enrolments = scenario.joined(programme, codes);
        String network = scenario.formNetwork(programme, "Trekantområdet", codes);

        try (EventLog events = new EventLog(platform.kafka(), Topic.SELF_EVALUATIONS.topicName())) {
            List<EventLog.Event> requested = events.await(
                    e -> e.is("SelfEvaluationRequested") && e.payload().contains(programme), codes.size(), EVENTUALLY);
            assertThat(requested).extracting(EventLog.Event::key).containsExactlyInAnyOrderElementsOf(codes);
        }
        JsonNode framework = client.get(Platform.EVALUATION, "/api/frameworks/dagtilbud", scenario.klToken())
                .expect(200)
                .json();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String token = client.token("MUNICIPALITY", code);
            String id = enrolments.get(code) + ":BASELINE";
            Map<String, Integer> answers = new LinkedHashMap<>();
            int score = i + 2;
            framework
                    .get("dimensions")
                    .forEach(d -> d.get("indicators")
                            .forEach(indicator ->
                                    answers.put(indicator.get("key").asString(), score)));
            client.put(
                            Platform.EVALUATION,
                            "/api/self-evaluations/" + id + "/answers",
                            token,
                            Map.of("answers", answers))
                    .expect(200);
            client.post(Platform.EVALUATION, "/api/self-evaluations/" + id + "/submission", token, Map.of())
                    .expect(200);
        }

        String token621 = client.token("MUNICIPALITY", "621");
        JsonNode benchmark = client.get(Platform.EVALUATION, "/api/programmes/" + programme + "/benchmarks", token621)
                .expect(200)
                .json();
        assertThat(benchmark.at("/network/id").asString()).isEqualTo(network);
        assertThat(benchmark.at("/overall/own").decimalValue()).isEqualByComparingTo("2");
        // the figures come from the first three submissions (621, 615, 607): two others for 621, withheld
        assertThat(benchmark.at("/overall/network/shown").asBoolean()).isFalse();
        // 630 submitted after them and sees those three: overall 2, 3 and 4, median 3, no quartiles
        JsonNode of630 = client.get(
                        Platform.EVALUATION,
                        "/api/programmes/" + programme + "/benchmarks",
                        client.token("MUNICIPALITY", "630"))
                .expect(200)
                .json();
        assertThat(of630.at("/overall/network/municipalities").asInt()).isEqualTo(3);
        assertThat(of630.at("/overall/network/median").decimalValue()).isEqualByComparingTo("3");
        assertThat(of630.at("/overall/network/lowerQuartile").isNull()).isTrue();
        assertThat(of630.at("/overall/network/upperQuartile").isNull()).isTrue();
        client.get(Platform.EVALUATION, "/api/programmes/" + programme + "/benchmarks?municipalityCode=630", token621)
                .expect(404);
        assertThat(client.get(Platform.EVALUATION, "/api/programmes/" + programme + "/benchmarks.svg", token621)
                        .expect(200)
                        .body())
                .startsWith("<svg");
    }

    @Test
    void anErasedParticipantsNameAndAddressAreGoneFromEveryServicesStoreAndApi() {
        String programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
        String enrolment = scenario.joined(programme, "657");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Sanne Slet " + unique;
        String email = "sanne-" + unique + "@kommune657.dk";
        String participant = client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolment + "/participants",
                        client.token("MUNICIPALITY", "657"),
                        Map.of("name", name, "email", email, "role", "SCHOOL_LEADER"))
                .expect(201)
                .json()
                .get("id")
                .asString();
        LocalDateTime day = LocalDate.now(BusinessTime.ZONE).plusWeeks(5).atTime(9, 0);
        String meeting = await().atMost(EVENTUALLY).until(() -> scheduled(programme, day), id -> id != null);
        signUp(meeting, "657", participant);
        await().atMost(EVENTUALLY).until(() -> storesHolding(name, email).contains("notifications.mails"));
        assertThat(storesHolding(name, email)).contains("registration.enrolments", "meetings.meetings");

        client.post(
                        Platform.REGISTRATION,
                        "/api/participants/" + participant + "/erasure",
                        scenario.klToken(),
                        Map.of("reason", "Kommunen har videresendt deltagerens anmodning"))
                .expect(200);

        await().atMost(EVENTUALLY).until(() -> storesHolding(name, email).isEmpty());
        String kl = scenario.klToken();
        for (String[] read : List.of(
                new String[] {Platform.REGISTRATION, "/api/enrolments/" + enrolment},
                new String[] {Platform.REGISTRATION, "/api/participants/" + participant + "/personal-data"},
                new String[] {Platform.MEETING, "/api/meetings/" + meeting},
                new String[] {Platform.NOTIFICATION, "/api/notifications?status=SENT&size=200"})) {
            assertThat(client.get(read[0], read[1], kl).expect(200).body())
                    .as(read[1])
                    .doesNotContain(name)
                    .doesNotContain(email);
        }
        JsonNode kept = meeting(meeting);
        assertThat(kept.get("confirmed").asInt()).isEqualTo(1);
        assertThat(kept.at("/signUps/0/participantId").asString()).isEqualTo(participant);
        assertThat(kept.at("/signUps/0/name").asString()).isEqualTo("Slettet deltager");
        JsonNode audit = await().atMost(EVENTUALLY)
                .until(
                        () -> client.get(
                                        Platform.REGISTRATION,
                                        "/api/audit-log?programmeId=" + programme + "&municipalityCode=657&size=200",
                                        kl)
                                .expect(200)
                                .json()
                                .get("items"),
                        items -> !auditOf(items, "ParticipantErased").isEmpty());
        assertThat(auditOf(audit, "ParticipantErased"))
                .extracting(
                        i -> i.at("/actor/userId").asString(),
                        i -> i.at("/actor/roles/0").asString())
                .containsExactly(tuple("kl-admin", "KL_ADMIN"));
    }

    /** The collections ({@code database.collection}) of every service's store with a document naming the person. */
    private static List<String> storesHolding(String name, String email) {
        List<String> holding = new ArrayList<>();
        try (MongoClient store = MongoClients.create(platform.storeUri())) {
            for (String database : store.listDatabaseNames()) {
                MongoDatabase db = store.getDatabase(database);
                for (String collection : db.listCollectionNames()) {
                    for (Document document : db.getCollection(collection).find()) {
                        String json = document.toJson();
                        if (json.contains(name) || json.toLowerCase(Locale.ROOT).contains(email)) {
                            holding.add(database + "." + collection);
                            break;
                        }
                    }
                }
            }
        }
        return holding;
    }

    /** An open meeting of the programme, once the meeting service knows the programme; null until then. */
    private String scheduled(String programme, LocalDateTime start) {
        Client.Response response = client.post(
                Platform.MEETING,
                "/api/meetings",
                scenario.klToken(),
                Scenario.meeting(
                        programme, null, "OPEN_THEME_MEETING", start, 20, null, "Herning Kongrescenter", "657"));
        return response.status() == 201 ? response.json().get("id").asString() : null;
    }

    private String schedule(
            String programme, String network, String kind, LocalDateTime start, int capacity, String fee) {
        return client.post(
                        Platform.MEETING,
                        "/api/meetings",
                        scenario.klToken(),
                        Scenario.meeting(
                                programme, network, kind, start, capacity, fee, "Odense Rådhus " + kind, "461"))
                .expect(201)
                .json()
                .get("id")
                .asString();
    }

    /** Signs up once the meeting service has heard of the participant (events arrive on their own time). */
    private void signUp(String meeting, String code, String participant) {
        String token = client.token("MUNICIPALITY", code);
        await().atMost(EVENTUALLY)
                .until(() -> client.post(
                                        Platform.MEETING,
                                        "/api/meetings/" + meeting + "/sign-ups",
                                        token,
                                        Map.of("participantId", participant))
                                .status()
                        == 201);
    }

    private JsonNode meeting(String id) {
        return client.get(Platform.MEETING, "/api/meetings/" + id, scenario.klToken())
                .expect(200)
                .json();
    }
}
