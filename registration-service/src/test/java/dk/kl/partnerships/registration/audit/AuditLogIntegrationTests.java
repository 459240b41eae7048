package dk.kl.partnerships.registration.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.audit.Actor;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.registration.RegistrationFixtures;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    ApiClient api;
    RegistrationFixtures fixtures;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
        fixtures = new RegistrationFixtures(api);
    }

    @Test
    void klReadsWhoPublishedApprovedAndWithdrewByProgrammeAndByMunicipality() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "657", List.of("faglig ledelse"));
        fixtures.joined(programme, "630", List.of("faglig ledelse"));
        Response withdrawn = api.post(
                "/api/enrolments/" + enrolment + "/withdrawal",
                TestTokens.municipality("657"),
                Map.of("reason", "Council decided to prioritise schools"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonNode byProgramme = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> items("?programmeId=" + programme + "&size=200"),
                        items -> types(items).contains("MunicipalityWithdrew"));

        assertThat(types(byProgramme).get(0)).as("newest first").isEqualTo("MunicipalityWithdrew");
        JsonNode withdrawal = byProgramme.get(0);
        assertThat(withdrawal.get("service").asString()).isEqualTo("registration-service");
        assertThat(withdrawal.get("municipalityCodes").toString()).isEqualTo("[\"657\"]");
        assertThat(withdrawal.at("/actor/kind").asString()).isEqualTo("USER");
        assertThat(withdrawal.at("/actor/userId").asString()).isEqualTo("test-municipality-657");
        assertThat(withdrawal.at("/actor/roles").toString()).isEqualTo("[\"MUNICIPALITY\"]");
        assertThat(withdrawal.at("/actor/municipalityCode").asString()).isEqualTo("657");
        JsonNode published = find(byProgramme, "ProgrammePublished");
        assertThat(published.at("/actor/userId").asString()).isEqualTo("test-kl_admin");
        assertThat(published.at("/actor/roles").toString()).isEqualTo("[\"KL_ADMIN\"]");
        assertThat(byProgramme
                        .valueStream()
                        .filter(i -> i.get("eventType").asString().equals("MunicipalityJoined")))
                .as("each approval by its own municipality's coordinator")
                .hasSize(2)
                .allSatisfy(joined -> assertThat(joined.at("/actor/userId").asString())
                        .isEqualTo("test-municipality-"
                                + joined.at("/municipalityCodes/0").asString()));
        assertThat(byProgramme.toString()).doesNotContain("@");

        JsonNode of657 = items("?programmeId=" + programme + "&municipalityCode=657");
        assertThat(types(of657))
                .contains("MunicipalityWithdrew", "MunicipalityJoined")
                .doesNotContain("ProgrammePublished");
        assertThat(of657.valueStream().map(i -> i.get("municipalityCodes").toString()))
                .allMatch(codes -> codes.contains("657"));
        JsonNode of630 = items("?programmeId=" + programme + "&municipalityCode=630");
        assertThat(types(of630)).contains("MunicipalityJoined").doesNotContain("MunicipalityWithdrew");
        assertThat(types(items("?municipalityCode=657&size=200"))).contains("MunicipalityWithdrew");
    }

    @Test
    void anEntryIsLoggedOnceHoweverOftenItArrivesAndAnotherServicesEntryCannotBeForged() {
        String programme = "p-" + UUID.randomUUID();
        String meeting = "m-" + UUID.randomUUID();
        // One subject, so one partition: everything below arrives in the order it is sent.
        AuditRecorded heldByKl = entry(programme, meeting, "MeetingHeld", Instant.parse("2026-03-10T16:05:00Z"));
        String ceId = KafkaProbe.publish(kafka, heldByKl);
        KafkaProbe.publish(kafka, heldByKl, ceId);
        KafkaProbe.publish(kafka, heldByKl);
        AuditRecorded forged = new AuditRecorded(
                "billing-service",
                UUID.randomUUID().toString(),
                "CreditNoteIssued",
                meeting,
                programme,
                List.of("630"),
                Actor.system(),
                Instant.parse("2026-03-11T10:00:00Z"));
        KafkaProbe.send(
                kafka,
                "meeting.audit.v1",
                meeting,
                "dk.kl.partnerships.meeting.AuditRecorded.v1",
                UUID.randomUUID().toString(),
                new EventJson().write(forged));
        KafkaProbe.publish(kafka, entry(programme, meeting, "MeetingCancelled", Instant.parse("2026-03-12T09:00:00Z")));

        JsonNode logged = await().atMost(Duration.ofSeconds(30))
                .until(() -> items("?programmeId=" + programme), items -> items.size() >= 2);

        assertThat(types(logged)).containsExactly("MeetingCancelled", "MeetingHeld");
        assertThat(logged.get(1).get("eventId").asString()).isEqualTo(heldByKl.eventId());
        assertThat(logged.get(1).at("/actor/userId").asString()).isEqualTo("kl-admin");
    }

    @Test
    void pagesAreBoundedNewestFirst() {
        String programme = "p-" + UUID.randomUUID();
        for (int day = 1; day <= 3; day++) {
            KafkaProbe.publish(
                    kafka,
                    entry(programme, "m-" + day, "MeetingScheduled", Instant.parse("2026-03-0" + day + "T09:00:00Z")));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> items("?programmeId=" + programme), items -> items.size() == 3);

        Response first = get("?programmeId=" + programme + "&size=2&page=0");
        Response second = get("?programmeId=" + programme + "&size=2&page=1");

        assertThat(first.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("recordedAt").asString()))
                .containsExactly("2026-03-03T09:00:00Z", "2026-03-02T09:00:00Z");
        assertThat(second.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("recordedAt").asString()))
                .containsExactly("2026-03-01T09:00:00Z");
    }

    @Test
    void onlyKlReadsTheLogAndBadQueriesNameTheirField() {
        assertThat(api.get("/api/audit-log", TestTokens.municipality("657")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/audit-log", TestTokens.finance()).status()).isEqualTo(403);
        assertThat(api.get("/api/audit-log", null).status()).isEqualTo(401);
        assertThat(get("").status()).isEqualTo(200);

        assertBadField("?municipalityCode=999", "municipalityCode");
        assertBadField("?programmeId=" + "x".repeat(101), "programmeId");
        assertBadField("?programmeId=a%20b", "programmeId");
        assertBadField("?size=0", "size");
        assertBadField("?size=201", "size");
        assertBadField("?page=10001", "page");
    }

    private void assertBadField(String query, String field) {
        Response response = get(query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().at("/errors/0/field").asString()).as(query).isEqualTo(field);
    }

    private static AuditRecorded entry(String programme, String meeting, String eventType, Instant at) {
        return new AuditRecorded(
                "meeting-service",
                UUID.randomUUID().toString(),
                eventType,
                meeting,
                programme,
                List.of("630", "657"),
                Actor.user("kl-admin", List.of("KL_ADMIN"), null),
                at);
    }

    private Response get(String query) {
        return api.get("/api/audit-log" + query, TestTokens.klAdmin());
    }

    private JsonNode items(String query) {
        Response response = get(query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    private static List<String> types(JsonNode items) {
        return items.valueStream().map(i -> i.get("eventType").asString()).toList();
    }

    private static JsonNode find(JsonNode items, String eventType) {
        return items.valueStream()
                .filter(i -> i.get("eventType").asString().equals(eventType))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventType + " in " + items));
    }
}
