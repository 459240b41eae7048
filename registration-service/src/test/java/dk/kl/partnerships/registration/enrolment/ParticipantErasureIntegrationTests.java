package dk.kl.partnerships.registration.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.registration.RegistrationFixtures;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ParticipantErasureIntegrationTests {

    private static final String REASON = "Kommunen har videresendt deltagerens anmodning om sletning";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    ParticipantErasing erasing;

    ApiClient api;
    RegistrationFixtures fixtures;
    KafkaProbe enrolmentEvents;

    @BeforeEach
    void setUp() {
        api = ApiClient.onPort(port);
        fixtures = new RegistrationFixtures(api);
        enrolmentEvents = KafkaProbe.reading(kafka, Topic.ENROLMENTS.topicName());
    }

    @AfterEach
    void tearDown() {
        enrolmentEvents.close();
    }

    @Test
    void klErasesAParticipantOnRequestAndTheErasureIsPublishedOnceWithoutPersonalData() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "630", List.of("faglig ledelse"));
        String anna = register(enrolment, "630", "Anna Berg", "anna.berg@vejle.dk", "SCHOOL_LEADER");

        Response erased = erase(anna, TestTokens.klAdmin(), REASON);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("name").asString()).isEqualTo("Slettet deltager");
        assertThat(erased.json().get("cause").asString()).isEqualTo("REQUEST");
        JsonNode kept = api.get("/api/enrolments/" + enrolment, TestTokens.klAdmin())
                .json()
                .get("participants")
                .get(0);
        assertThat(kept.get("id").asString()).isEqualTo(anna);
        assertThat(kept.get("name").asString()).isEqualTo("Slettet deltager");
        assertThat(kept.get("email").isNull()).isTrue();
        assertThat(kept.get("role").asString()).isEqualTo("SCHOOL_LEADER");
        assertThat(kept.at("/erasure/reason").asString()).isEqualTo(REASON);

        // a repeated request (a client retrying) answers the same and publishes nothing more
        Response again = erase(anna, TestTokens.klAdmin(), REASON);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("erasedAt").asString())
                .isEqualTo(erased.json().get("erasedAt").asString());

        List<ConsumerRecord<String, byte[]>> erasures = enrolmentEvents.drain(
                r -> EventType.PARTICIPANT_ERASED.ceType().equals(KafkaProbe.header(r, "ce_type"))
                        && KafkaProbe.payload(r).contains(anna),
                Duration.ofSeconds(6));
        assertThat(erasures).hasSize(1);
        assertThat(erasures.get(0).key()).isEqualTo("630");
        assertThat(KafkaProbe.payload(erasures.get(0)))
                .contains("\"cause\":\"REQUEST\"")
                .contains("\"enrolmentId\":\"" + enrolment + "\"")
                .doesNotContain("anna.berg")
                .doesNotContain("Anna")
                .doesNotContain(REASON);
    }

    @Test
    void onlyKlErasesAndOnlyWithAReason() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "751", List.of("faglig ledelse"));
        String bo = register(enrolment, "751", "Bo Dam", "bo.dam@aarhus.dk", "ADMINISTRATION");

        assertThat(erase(bo, TestTokens.municipality("751"), REASON).status()).isEqualTo(403);
        assertThat(erase(bo, TestTokens.finance(), REASON).status()).isEqualTo(403);
        Response noReason = erase(bo, TestTokens.klAdmin(), " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(erase("no-such-participant", TestTokens.klAdmin(), REASON).status())
                .isEqualTo(404);

        JsonNode kept = api.get("/api/enrolments/" + enrolment, TestTokens.klAdmin())
                .json()
                .get("participants")
                .get(0);
        assertThat(kept.get("name").asString()).isEqualTo("Bo Dam");
        assertThat(kept.get("email").asString()).isEqualTo("bo.dam@aarhus.dk");
    }

    @Test
    void anErasedParticipantNoLongerTakesUpASeat() {
        String programme = fixtures.publishedProgramme("NETWORK");
        String enrolment = fixtures.joined(programme, "461", List.of("faglig ledelse"));
        List<String> five = List.of("a", "b", "c", "d", "e").stream()
                .map(n -> register(enrolment, "461", "Deltager " + n, n + "@odense.dk", "OTHER"))
                .toList();
        Response sixth = registerResponse(enrolment, "461", "Deltager f", "f@odense.dk", "OTHER");
        assertThat(sixth.status()).isEqualTo(422);

        assertThat(erase(five.get(0), TestTokens.klAdmin(), REASON).status()).isEqualTo(200);

        Response afterErasure = registerResponse(enrolment, "461", "Deltager f", "f@odense.dk", "OTHER");
        assertThat(afterErasure.status()).as(afterErasure.body()).isEqualTo(201);
    }

    @Test
    void theExportGivesKlAndTheOwnMunicipalityEverythingRegistrationKeepsOfTheParticipant() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "101", List.of("faglig ledelse"));
        String ea = register(enrolment, "101", "Ea Holm", "ea.holm@kk.dk", "INSTITUTION_LEADER");
        String path = "/api/participants/" + ea + "/personal-data";

        Response asKl = api.get(path, TestTokens.klAdmin());
        assertThat(asKl.status()).as(asKl.body()).isEqualTo(200);
        JsonNode export = asKl.json();
        assertThat(export.at("/participant/name").asString()).isEqualTo("Ea Holm");
        assertThat(export.at("/participant/email").asString()).isEqualTo("ea.holm@kk.dk");
        assertThat(export.at("/participant/role").asString()).isEqualTo("INSTITUTION_LEADER");
        assertThat(export.at("/enrolment/id").asString()).isEqualTo(enrolment);
        assertThat(export.at("/enrolment/programmeTitle").asString()).isEqualTo("Partnerskab om kvalitet i dagtilbud");
        assertThat(export.at("/enrolment/municipalityCode").asString()).isEqualTo("101");
        assertThat(export.get("heldElsewhere"))
                .extracting(h -> h.get("service").asString())
                .contains("meeting-service", "notification-service");

        Response asOwn = api.get(path, TestTokens.municipality("101"));
        assertThat(asOwn.status()).as(asOwn.body()).isEqualTo(200);
        assertThat(asOwn.json().at("/participant/email").asString()).isEqualTo("ea.holm@kk.dk");
        assertThat(api.get(path, TestTokens.municipality("751")).status()).isEqualTo(404);
        assertThat(api.get(path, TestTokens.finance()).status()).isEqualTo(403);

        erase(ea, TestTokens.klAdmin(), REASON);
        JsonNode afterErasure = api.get(path, TestTokens.klAdmin()).json();
        assertThat(afterErasure.at("/participant/name").asString()).isEqualTo("Slettet deltager");
        assertThat(afterErasure.at("/participant/email").isNull()).isTrue();
        assertThat(afterErasure.toString()).doesNotContain("ea.holm").doesNotContain("Ea Holm");
    }

    @Test
    void theRetentionCheckErasesOnlyParticipantsOfProgrammesThatEndedLongerAgoThanThePeriod() {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        // ends 26 months after its approval deadline: almost four years ago, past the three-year period
        String expired = completedProgrammeWithParticipant(today.minusYears(6), "147", "gammel@frederiksberg.dk");
        // ended almost two years ago: still within the period
        String recent = completedProgrammeWithParticipant(today.minusYears(4), "147", "nyere@frederiksberg.dk");

        int erased = erasing.eraseExpired();

        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(participantOf(expired, "147").get("name").asString()).isEqualTo("Slettet deltager");
        assertThat(participantOf(expired, "147").get("email").isNull()).isTrue();
        assertThat(participantOf(expired, "147").at("/erasure/cause").asString())
                .isEqualTo("RETENTION");
        assertThat(participantOf(recent, "147").get("email").asString()).isEqualTo("nyere@frederiksberg.dk");

        String erasedId = participantOf(expired, "147").get("id").asString();
        assertThat(erasing.eraseExpired()).isZero();
        List<ConsumerRecord<String, byte[]>> erasures = enrolmentEvents.drain(
                r -> EventType.PARTICIPANT_ERASED.ceType().equals(KafkaProbe.header(r, "ce_type"))
                        && KafkaProbe.payload(r).contains(erasedId),
                Duration.ofSeconds(6));
        assertThat(erasures).hasSize(1);
        assertThat(KafkaProbe.payload(erasures.get(0))).contains("\"cause\":\"RETENTION\"");
    }

    /** A programme run in the past: KL answered for the municipality, named a participant and completed it. */
    private String completedProgrammeWithParticipant(LocalDate interestDeadline, String code, String email) {
        String programme = fixtures.publishedProgramme(
                RegistrationFixtures.programme("NETWORK", interestDeadline, interestDeadline.plusDays(10)));
        Map<String, Object> answer = new HashMap<>();
        answer.put("municipalityCode", code);
        answer.put("interested", true);
        answer.put("focusAreas", List.of("faglig ledelse"));
        answer.put("reason", "Svaret registreres efterfølgende");
        Response declared = api.post("/api/programmes/" + programme + "/enrolments", TestTokens.klAdmin(), answer);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String enrolment = declared.json().get("id").asString();
        register(enrolment, code, "Tidligere Deltager", email, "OTHER");
        Response completed = api.post("/api/programmes/" + programme + "/completion", TestTokens.klAdmin(), "");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return enrolment;
    }

    private JsonNode participantOf(String enrolment, String code) {
        return api.get("/api/enrolments/" + enrolment, TestTokens.municipality(code))
                .json()
                .get("participants")
                .get(0);
    }

    private Response erase(String participantId, String token, String reason) {
        return api.post("/api/participants/" + participantId + "/erasure", token, Map.of("reason", reason));
    }

    private String register(String enrolment, String code, String name, String email, String role) {
        Response response = registerResponse(enrolment, code, name, email, role);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Response registerResponse(String enrolment, String code, String name, String email, String role) {
        return api.post(
                "/api/enrolments/" + enrolment + "/participants",
                TestTokens.municipality(code),
                Map.of("name", name, "email", email, "role", role));
    }
}
