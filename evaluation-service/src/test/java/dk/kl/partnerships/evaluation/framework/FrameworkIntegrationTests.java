package dk.kl.partnerships.evaluation.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.EvaluationFixtures;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Quality frameworks over HTTP: the two defaults, versions that stay fixed once used, and scores
 * under an older version read in a newer version's terms.
 */
class FrameworkIntegrationTests extends EvaluationIntegrationTest {

    private static final List<String> LEVELS =
            List.of("Ikke påbegyndt", "Enkelte tiltag", "Delvist etableret", "Etableret", "Forankret");

    @Test
    void theDaycareAndSfoClubFrameworksShipWithTheDimensionsOfTheProgrammes() {
        JsonNode daycare = api.get("/api/frameworks/dagtilbud", TestTokens.municipality("101"))
                .json();
        assertThat(daycare.get("version").asInt()).isEqualTo(1);
        assertThat(daycare.get("dimensions").valueStream().map(d -> d.get("key").asString()))
                .containsExactly(
                        "strategisk-ledelse",
                        "faglig-ledelse",
                        "tvaerprofessionelt-samarbejde",
                        "evalueringskultur",
                        "paedagogisk-kvalitet",
                        "foraeldresamarbejde",
                        "boerns-trivsel",
                        "data-og-dokumentation",
                        "sammenhaeng-i-ledelseskaeden");
        assertThat(daycare.at("/dimensions/0/indicators/0/levels")).hasSize(5);
        assertThat(daycare.get("keyFigures")).isNotEmpty();
        JsonNode sfo = api.get("/api/frameworks/sfo-klub", TestTokens.klAdmin()).json();
        assertThat(sfo.at("/dimensions/4/name").asString()).isEqualTo("Fritidspædagogisk kvalitet");

        ProgrammePublished sfoProgramme = new ProgrammePublished(
                UUID.randomUUID().toString(),
                ProgrammeKind.PARTNERSHIP,
                "Partnerskab om kvalitet i dagtilbud",
                "Dagtilbud",
                LocalDate.now(clock).plusMonths(1),
                LocalDate.now(clock).plusYears(2),
                RegistrationEvents.partnership(LocalDate.now(clock)).price(),
                "DKK",
                RegistrationEvents.partnership(LocalDate.now(clock)).vatRate(),
                RegistrationEvents.partnership(LocalDate.now(clock)).instalments(),
                List.of("fritid"),
                5,
                2,
                LocalDate.now(clock),
                LocalDate.now(clock).plusDays(10),
                "sfo-klub");
        KafkaProbe.publish(kafka, sfoProgramme);
        await().atMost(EvaluationFixtures.WITHIN)
                .until(() ->
                        api.get("/api/programmes/" + sfoProgramme.programmeId() + "/evaluation", TestTokens.klAdmin())
                                        .status()
                                == 200);
        assertThat(api.get("/api/programmes/" + sfoProgramme.programmeId() + "/evaluation", TestTokens.klAdmin())
                        .json()
                        .get("frameworkKey")
                        .asString())
                .as("the framework KL chose for the programme, whatever its title and theme say")
                .isEqualTo("sfo-klub");
    }

    @Test
    void aVersionInUseIsFixedAndANewVersionCarriesScoresForward() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.post(
                "/api/frameworks",
                TestTokens.klAdmin(),
                framework(key, Map.of(), dimension("ledelse", "retning", "sparring"), dimension("data", "maal")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        Response revised = api.put(
                "/api/frameworks/" + key + "/versions/1",
                TestTokens.klAdmin(),
                framework(
                        key, Map.of(), dimension("ledelse", "retning", "sparring"), dimension("data", "maal", "brug")));
        assertThat(revised.status()).as("unused: may change").isEqualTo(200);

        ProgrammePublished programme = fixtures.programme();
        assertThat(api.put(
                                "/api/programmes/" + programme.programmeId() + "/evaluation",
                                TestTokens.klAdmin(),
                                Map.of("frameworkKey", key))
                        .status())
                .isEqualTo(200);
        List<MunicipalityJoined> onVersion1 = List.of(
                fixtures.join(programme, "306"), fixtures.join(programme, "316"), fixtures.join(programme, "320"));
        // 306: ledelse 1, data 5 — 316: 2, 4 — 320: 3, 3 (per dimension, every indicator alike)
        int[][] scores = {{1, 5}, {2, 4}, {3, 3}};
        for (int i = 0; i < onVersion1.size(); i++) {
            int[] own = scores[i];
            fixtures.submit(
                    fixtures.requested(onVersion1.get(i), "BASELINE"),
                    fixtures.answers(key, 1, d -> d.key().equals("ledelse") ? own[0] : own[1]));
        }

        Response inUse = api.put(
                "/api/frameworks/" + key + "/versions/1",
                TestTokens.klAdmin(),
                framework(key, Map.of(), dimension("ledelse", "retning")));
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("currentState").asString()).isEqualTo("IN_USE");

        Response badMapping = api.post(
                "/api/frameworks",
                TestTokens.klAdmin(),
                framework(key, Map.of("retning-2", "no-such-indicator"), dimension("ledelse", "retning-2")));
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.json().at("/errors/0/field").asString()).isEqualTo("previousIndicators.retning-2");

        // version 2: "retning" continues as "retning-2", "maal" as "maal-2"; "sparring" and "brug" end
        Response second = api.post(
                "/api/frameworks",
                TestTokens.klAdmin(),
                framework(
                        key,
                        Map.of("retning-2", "retning", "maal-2", "maal"),
                        dimension("ledelse", "retning-2"),
                        dimension("data", "maal-2", "nyt")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        MunicipalityJoined onVersion2 = fixtures.join(programme, "326");
        JsonNode baseline = fixtures.requested(onVersion2, "BASELINE");
        assertThat(baseline.get("frameworkVersion").asInt()).isEqualTo(2);
        fixtures.submit(baseline, Map.of("retning-2", 4, "maal-2", 2, "nyt", 4));

        JsonNode benchmark = api.get(
                        "/api/programmes/" + programme.programmeId() + "/benchmarks", TestTokens.municipality("326"))
                .json();
        assertThat(benchmark.get("frameworkVersion").asInt()).isEqualTo(2);
        assertThat(benchmark.get("notes").toString()).contains("earlier versions");
        JsonNode leadership = benchmark.at("/dimensions/0");
        // The group's figures come from its first three submissions (the disclosure rule: they change only
        // by three), all three made on version 1 and carried into version 2's terms.
        // ledelse: 306 → 1, 316 → 2, 320 → 3: median 2; 326's own score is 4
        assertThat(leadership.get("own").decimalValue()).isEqualByComparingTo("4");
        assertThat(leadership.at("/programme/median").decimalValue()).isEqualByComparingTo("2");
        // data: 306 → 5, 316 → 4, 320 → 3 (only "maal" carried): median 4
        assertThat(benchmark.at("/dimensions/1/programme/median").decimalValue())
                .isEqualByComparingTo("4");
    }

    @Test
    void anIndicatorKeptUnderItsKeyInANewVersionCarriesItsBaselineScoreWithoutAMapping() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(
                                "/api/frameworks",
                                TestTokens.klAdmin(),
                                framework(key, Map.of(), dimension("ledelse", "retning", "sparring")))
                        .status())
                .isEqualTo(201);
        ProgrammePublished programme = fixtures.programme();
        assertThat(api.put(
                                "/api/programmes/" + programme.programmeId() + "/evaluation",
                                TestTokens.klAdmin(),
                                Map.of("frameworkKey", key))
                        .status())
                .isEqualTo(200);
        MunicipalityJoined joined = fixtures.join(programme, "330");
        fixtures.submit(fixtures.requested(joined, "BASELINE"), Map.of("retning", 2, "sparring", 2));

        // version 2 keeps both indicators under their keys and adds one: nothing needs mapping
        Response second = api.post(
                "/api/frameworks",
                TestTokens.klAdmin(),
                framework(key, Map.of(), dimension("ledelse", "retning", "sparring", "nyt")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        KafkaProbe.publish(kafka, RegistrationEvents.completed(programme, LocalDate.now(clock)));
        JsonNode last = fixtures.requested(joined, "FINAL");
        assertThat(last.get("frameworkVersion").asInt()).isEqualTo(2);
        fixtures.submit(last, Map.of("retning", 4, "sparring", 4, "nyt", 4));

        JsonNode leadership = api.get(
                        "/api/programmes/" + programme.programmeId() + "/benchmarks?municipalityCode=330",
                        TestTokens.municipality("330"))
                .json()
                .at("/dimensions/0");
        assertThat(leadership.get("baseline").decimalValue()).isEqualByComparingTo("2");
        assertThat(leadership.get("finalScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(leadership.get("change").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void onlyKlDefinesFrameworksAndEveryProblemIsNamed() {
        Map<String, Object> request = framework("kl-only", Map.of(), dimension("a", "b"));
        assertThat(api.post("/api/frameworks", TestTokens.municipality("101"), request)
                        .status())
                .isEqualTo(403);

        Map<String, Object> shortLevels = new LinkedHashMap<>();
        shortLevels.put("key", "x");
        shortLevels.put("name", "X");
        shortLevels.put("indicators", List.of(Map.of("key", "y", "text", "Y", "levels", List.of("1", "2"))));
        Map<String, Object> broken = framework("broken", Map.of(), shortLevels);
        broken.put("keyFigures", List.of(Map.of("key", "k", "name", "K", "unit", "%", "min", 10, "max", 5)));
        Response invalid = api.post("/api/frameworks", TestTokens.klAdmin(), broken);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("dimensions[0].indicators[0].levels", "keyFigures[0].max");
        assertThat(api.get("/api/frameworks/broken", TestTokens.klAdmin()).status())
                .isEqualTo(404);
    }

    @SafeVarargs
    private static Map<String, Object> framework(
            String key, Map<String, String> previous, Map<String, Object>... dimensions) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("key", key);
        request.put("title", "Testpejlemærker");
        request.put("area", "Dagtilbud");
        request.put("dimensions", List.of(dimensions));
        request.put("previousIndicators", previous);
        return request;
    }

    private static Map<String, Object> dimension(String key, String... indicators) {
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("key", key);
        dimension.put("name", "Dimension " + key);
        dimension.put(
                "indicators",
                Arrays.stream(indicators)
                        .map(i -> Map.of("key", i, "text", "Indikator " + i, "levels", LEVELS))
                        .toList());
        return dimension;
    }
}
