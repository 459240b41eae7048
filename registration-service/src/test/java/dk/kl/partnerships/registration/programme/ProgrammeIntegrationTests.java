package dk.kl.partnerships.registration.programme;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ProgrammeIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    ProgrammePlanning planning;

    @Test
    void aProgrammeCompletesOnItsEndDateOnceAndAnnouncesIt() {
        ApiClient api = ApiClient.onPort(port);
        RegistrationFixtures fixtures = new RegistrationFixtures(api);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        Map<String, Object> endedTerms =
                RegistrationFixtures.programme("NETWORK", today.minusMonths(29), today.minusMonths(28));
        String ended = fixtures.publishedProgramme(endedTerms);
        String running = fixtures.publishedProgramme("PARTNERSHIP");

        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.PROGRAMMES.topicName())) {
            planning.completeEnded();
            planning.completeEnded();

            Response completed = api.get("/api/programmes/" + ended, TestTokens.klAdmin());
            assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
            assertThat(completed.json().get("completedOn").asString())
                    .as("dated by its end date, not by the day the check ran")
                    .isEqualTo(endedTerms.get("endsOn"));
            assertThat(api.get("/api/programmes/" + running, TestTokens.klAdmin())
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("PUBLISHED");
            assertThat(probe.await(
                            r -> ended.equals(r.key())
                                    && KafkaProbe.ofType(EventType.PROGRAMME_COMPLETED)
                                            .test(r),
                            1,
                            Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.payload(r))
                            .contains("\"completedOn\":\"" + endedTerms.get("endsOn") + "\""));
            assertThat(probe.drain(
                            r -> KafkaProbe.ofType(EventType.PROGRAMME_COMPLETED)
                                            .test(r)
                                    && (ended.equals(r.key()) || running.equals(r.key())),
                            Duration.ofSeconds(2)))
                    .as("completed once, and only the programme that ended")
                    .hasSize(1);
        }
    }

    @Test
    void publishingAnnouncesTheProgrammeWithItsPriceAndPlanWhichThenNeverChange() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> terms = RegistrationFixtures.programme(
                "PARTNERSHIP",
                LocalDate.now(BusinessTime.ZONE).plusDays(10),
                LocalDate.now(BusinessTime.ZONE).plusDays(40));
        Response created = api.post("/api/programmes", TestTokens.klAdmin(), terms);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("price").asString()).isEqualTo("110000.00");
        assertThat(created.json().get("vatRate").asString()).isEqualTo("25.00");
        assertThat(created.json().get("instalments")).hasSize(2);
        String id = created.json().get("id").asString();

        Map<String, Object> cheaper = new HashMap<>(terms);
        cheaper.put("price", "100000.00");
        assertThat(api.put("/api/programmes/" + id, TestTokens.klAdmin(), cheaper)
                        .json()
                        .get("price")
                        .asString())
                .isEqualTo("100000.00");
        assertThat(api.post("/api/programmes/" + id + "/publication", TestTokens.klAdmin(), "")
                        .status())
                .isEqualTo(200);

        Response revised = api.put("/api/programmes/" + id, TestTokens.klAdmin(), terms);
        assertThat(revised.status()).isEqualTo(409);
        assertThat(revised.json().get("currentState").asString()).isEqualTo("PUBLISHED");
        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.PROGRAMMES.topicName())) {
            assertThat(probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.PROGRAMME_PUBLISHED.ceType());
                        assertThat(KafkaProbe.payload(r))
                                .contains("\"price\":\"100000.00\"")
                                .contains("{\"dueOffsetMonths\":12,\"share\":\"0.50\"}");
                    });
        }
    }

    @Test
    void theQualityFrameworkIsChosenWhenTheProgrammeIsCreatedWithADefaultPerTheme() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> daycare = RegistrationFixtures.programme(
                "PARTNERSHIP",
                LocalDate.now(BusinessTime.ZONE).plusDays(10),
                LocalDate.now(BusinessTime.ZONE).plusDays(40));
        Map<String, Object> sfo = new HashMap<>(daycare);
        sfo.put("theme", "SFO og klub");
        Map<String, Object> chosen = new HashMap<>(daycare);
        chosen.put("frameworkKey", "sfo-klub");
        Map<String, Object> unknown = new HashMap<>(daycare);
        unknown.put("frameworkKey", "folkeskole");

        Response byDaycareTheme = api.post("/api/programmes", TestTokens.klAdmin(), daycare);
        Response bySfoTheme = api.post("/api/programmes", TestTokens.klAdmin(), sfo);
        Response byChoice = api.post("/api/programmes", TestTokens.klAdmin(), chosen);
        Response refused = api.post("/api/programmes", TestTokens.klAdmin(), unknown);

        assertThat(byDaycareTheme.json().get("frameworkKey").asString()).isEqualTo("dagtilbud");
        assertThat(bySfoTheme.json().get("frameworkKey").asString()).isEqualTo("sfo-klub");
        assertThat(byChoice.json().get("frameworkKey").asString())
                .as("KL's choice wins over the theme's default")
                .isEqualTo("sfo-klub");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("frameworkKey");

        String id = byChoice.json().get("id").asString();
        Map<String, Object> revised = new HashMap<>(chosen);
        revised.put("frameworkKey", "dagtilbud");
        assertThat(api.put("/api/programmes/" + id, TestTokens.klAdmin(), revised)
                        .json()
                        .get("frameworkKey")
                        .asString())
                .isEqualTo("dagtilbud");
        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.PROGRAMMES.topicName())) {
            api.post("/api/programmes/" + id + "/publication", TestTokens.klAdmin(), "");
            assertThat(probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.payload(r)).contains("\"frameworkKey\":\"dagtilbud\""));
        }
    }

    @Test
    void invalidTermsAreRefusedFieldByFieldAndNothingIsStored() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> terms = new HashMap<>(RegistrationFixtures.programme(
                "NETWORK",
                LocalDate.now(BusinessTime.ZONE).plusDays(10),
                LocalDate.now(BusinessTime.ZONE).plusDays(40)));
        terms.put("price", "45000.001");
        terms.put(
                "instalments",
                List.of(Map.of("dueOffsetMonths", 0, "share", "0.60"), Map.of("dueOffsetMonths", 6, "share", "0.60")));
        terms.put(
                "approvalDeadline", LocalDate.now(BusinessTime.ZONE).plusDays(5).toString());
        long before = api.get("/api/programmes", TestTokens.klAdmin())
                .json()
                .get("totalItems")
                .asLong();

        Response refused = api.post("/api/programmes", TestTokens.klAdmin(), terms);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("price");
        assertThat(api.get("/api/programmes", TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(before);

        terms.put("price", "45000.00");
        Response crossField = api.post("/api/programmes", TestTokens.klAdmin(), terms);
        assertThat(crossField.status()).isEqualTo(400);
        assertThat(crossField.body()).contains("instalments").contains("approvalDeadline");
    }

    @Test
    void aDraftIsSeenOnlyByKlStaff() {
        ApiClient api = ApiClient.onPort(port);
        Response created = api.post(
                "/api/programmes",
                TestTokens.klAdmin(),
                RegistrationFixtures.programme(
                        "NETWORK",
                        LocalDate.now(BusinessTime.ZONE).plusDays(10),
                        LocalDate.now(BusinessTime.ZONE).plusDays(40)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String draft = created.json().get("id").asString();

        assertThat(api.get("/api/programmes/" + draft, TestTokens.klAdmin()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/programmes/" + draft, TestTokens.municipality("101"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/programmes/" + draft, TestTokens.finance()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/programmes?status=DRAFT", TestTokens.municipality("101"))
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/programmes?status=DRAFT&size=200", TestTokens.klAdmin())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("id").asString()))
                .contains(draft);

        assertThat(api.post("/api/programmes/" + draft + "/publication", TestTokens.klAdmin(), "")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/programmes/" + draft, TestTokens.municipality("101"))
                        .status())
                .as("published: every role reads it")
                .isEqualTo(200);
    }

    @Test
    void onlyKlStaffManageProgrammes() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> terms = RegistrationFixtures.programme(
                "NETWORK",
                LocalDate.now(BusinessTime.ZONE).plusDays(10),
                LocalDate.now(BusinessTime.ZONE).plusDays(40));

        assertThat(api.post("/api/programmes", TestTokens.municipality("101"), terms)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/programmes", TestTokens.finance(), terms).status())
                .isEqualTo(403);
        assertThat(api.post("/api/programmes", null, terms).status()).isEqualTo(401);
        assertThat(api.get("/api/programmes", TestTokens.municipality("101")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/programmes?size=1000", TestTokens.klAdmin()).status())
                .isEqualTo(400);
    }
}
