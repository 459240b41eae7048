package dk.kl.partnerships.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Benchlearning over HTTP: own scores; a group's figures from its snapshot of whole steps of three
 * submissions, shown from three other municipalities in it, the median alone below ten and
 * everything rounded to half points; a network withheld where it would nearly be the programme;
 * another municipality's benchmark, and a programme the municipality is not in, invisible; and the
 * same as an SVG chart.
 */
class BenchmarkIntegrationTests extends EvaluationIntegrationTest {

    @Test
    void aGroupIsShownFromItsSnapshotOnceThreeOthersAreInItAndChangesOnlyWithThreeMoreSubmissions() {
        ProgrammePublished programme = fixtures.programme();
        List<String> codes =
                List.of("165", "167", "169", "173", "175", "306", "183", "185", "187", "190", "201", "210");
        Map<String, MunicipalityJoined> joined = new LinkedHashMap<>();
        codes.forEach(code -> joined.put(code, fixtures.join(programme, code)));
        NetworkFormed network = fixtures.network(programme, codes);
        // every indicator of a municipality gets the same score, in this order of submission
        int[] scores = {2, 3, 4, 5, 1, 4, 5, 5, 5, 2, 3, 4};

        for (int i = 0; i < 3; i++) {
            submit(joined.get(codes.get(i)), scores[i]);
        }
        JsonNode twoPeers = benchmark(programme, "165");
        assertThat(twoPeers.at("/network/id").asString()).isEqualTo(network.networkId());
        for (JsonNode row : rows(twoPeers)) {
            assertThat(row.get("own").decimalValue()).isEqualByComparingTo("2");
            assertWithheld(row.get("network"));
            assertWithheld(row.get("programme"));
        }

        submit(joined.get("173"), scores[3]);
        submit(joined.get("175"), scores[4]);
        // five submitted, the snapshot is the first three: 165 has two others in it, 175 three
        assertWithheld(benchmark(programme, "165").at("/overall/network"));
        for (JsonNode row : rows(benchmark(programme, "175"))) {
            // 2, 3, 4 → median 3, no quartiles below ten others
            assertGroup(row.get("network"), 3, null, "3", null);
            assertGroup(row.get("programme"), 3, null, "3", null);
        }

        submit(joined.get("306"), scores[5]);
        JsonNode six = benchmark(programme, "165");
        // 1, 2, 3, 4, 4, 5 → median 3.5, in whole points 4
        assertGroup(six.at("/overall/network"), 6, null, "4", null);
        assertGroup(six.at("/overall/programme"), 6, null, "4", null);

        submit(joined.get("183"), scores[6]);
        submit(joined.get("185"), scores[7]);
        assertThat(benchmark(programme, "165").at("/overall"))
                .as("one or two more submissions leave the figures as they were")
                .isEqualTo(six.at("/overall"));
        submit(joined.get("187"), scores[8]);
        // 1, 2, 3, 4, 4, 5, 5, 5, 5 → median 4
        assertGroup(benchmark(programme, "165").at("/overall/network"), 9, null, "4", null);

        for (int i = 9; i < 12; i++) {
            submit(joined.get(codes.get(i)), scores[i]);
        }
        // twelve, eleven of them others: in half points. 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5: Q1 at h = 2.75 →
        // 2.75 → 3.0; median 4; Q3 at h = 8.25 → 5
        for (JsonNode row : rows(benchmark(programme, "165"))) {
            assertGroup(row.get("network"), 12, "3.0", "4.0", "5.0");
        }
        assertThat(benchmark(programme, "165").toString())
                .doesNotContain("\"167\"")
                .doesNotContain("\"169\"");
    }

    @Test
    void aNetworkWhoseFiguresWouldNearlyBeTheProgrammesIsWithheld() {
        ProgrammePublished programme = fixtures.programme();
        List<String> large = List.of("217", "219", "223", "230", "329", "326");
        Map<String, MunicipalityJoined> joined = new LinkedHashMap<>();
        large.forEach(code -> joined.put(code, fixtures.join(programme, code)));
        joined.put("336", fixtures.join(programme, "336"));
        fixtures.network(programme, large);
        fixtures.network(programme, List.of("336"));
        // the programme's snapshot is 217, 219, 336, 223, 230, 329; the large network's 217 … 326: a
        // difference of two municipalities, which comparing the two would single out
        for (String code : List.of("217", "219", "336", "223", "230", "329", "326")) {
            submit(joined.get(code), code.equals("336") ? 1 : 4);
        }

        JsonNode view = benchmark(programme, "217");

        assertThat(view.at("/overall/network/shown").asBoolean()).isFalse();
        assertThat(view.at("/overall/network/median").isNull()).isTrue();
        assertThat(view.at("/overall/network/withheldBecause").asString()).contains("differ from the programme's");
        assertGroup(view.at("/overall/programme"), 6, null, "4.0", null);
    }

    @Test
    void aMunicipalityOutsideTheProgrammeSeesNoneOfItsGroups() {
        ProgrammePublished programme = fixtures.programme();
        for (String code : List.of("340", "350", "360", "370")) {
            submit(fixtures.join(programme, code), 3);
        }

        for (String path : List.of("/benchmarks", "/benchmarks.svg", "/benchmarks?round=BASELINE")) {
            Response outsider =
                    api.get("/api/programmes/" + programme.programmeId() + path, TestTokens.municipality("376"));
            assertThat(outsider.status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/programmes/" + programme.programmeId() + "/benchmarks", TestTokens.municipality("370"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/programmes/" + programme.programmeId() + "/benchmarks", TestTokens.klAdmin())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void progressFromBaselineToFinalIsShownPerDimension() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.join(programme, "240");
        submit(joined, 2);
        KafkaProbe.publish(kafka, RegistrationEvents.completed(programme, LocalDate.now(clock)));
        JsonNode last = fixtures.requested(joined, "FINAL");
        fixtures.submit(last, fixtures.answers("dagtilbud", 1, d -> d.key().equals("faglig-ledelse") ? 5 : 3));

        JsonNode benchmark = benchmark(programme, "240");

        assertThat(benchmark.get("round").asString()).isEqualTo("FINAL");
        for (JsonNode row : benchmark.get("dimensions").valueStream().toList()) {
            boolean leadership = row.get("dimension").asString().equals("faglig-ledelse");
            assertThat(row.get("baseline").decimalValue()).isEqualByComparingTo("2");
            assertThat(row.get("finalScore").decimalValue()).isEqualByComparingTo(leadership ? "5" : "3");
            assertThat(row.get("change").decimalValue()).isEqualByComparingTo(leadership ? "3" : "1");
        }
        // overall: baseline 2; final (5 + 8 × 3) / 9 = 3.222… → 3.22; change 1.22
        assertThat(benchmark.at("/overall/change").decimalValue()).isEqualByComparingTo("1.22");
        assertThat(benchmark(programme, "240", "BASELINE").at("/overall/own").decimalValue())
                .isEqualByComparingTo("2");
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnBenchmark() {
        ProgrammePublished programme = fixtures.programme();
        submit(fixtures.join(programme, "250"), 3);

        Response others = api.get(
                "/api/programmes/" + programme.programmeId() + "/benchmarks?municipalityCode=250",
                TestTokens.municipality("253"));
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.isProblem()).isTrue();
        assertThat(api.get(
                                "/api/programmes/" + programme.programmeId() + "/benchmarks.svg?municipalityCode=250",
                                TestTokens.municipality("253"))
                        .status())
                .isEqualTo(404);
        JsonNode own = api.get(
                        "/api/programmes/" + programme.programmeId() + "/benchmarks", TestTokens.municipality("250"))
                .json();
        assertThat(own.get("municipalityCode").asString()).isEqualTo("250");
        assertThat(api.get("/api/programmes/" + programme.programmeId() + "/benchmarks", TestTokens.finance())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/programmes/no-such-programme/benchmarks", TestTokens.municipality("250"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theChartShowsOwnBarsAndNetworkMediansOnlyWhereTheNetworkIsShown() throws Exception {
        ProgrammePublished programme = fixtures.programme();
        List<MunicipalityJoined> joined = new ArrayList<>();
        List<String> codes = List.of("259", "260", "265", "269", "270", "390");
        for (String code : codes) {
            joined.add(fixtures.join(programme, code));
        }
        fixtures.network(programme, codes);
        submit(joined.get(0), 4);
        submit(joined.get(1), 2);

        Document withheld = svg(programme, "259");
        assertThat(elements(withheld, "rect", "own")).hasSize(10);
        assertThat(elements(withheld, "line", "network-median")).isEmpty();
        assertThat(withheld.getDocumentElement().getTextContent()).contains("Netværket vises ikke");

        submit(joined.get(2), 3);
        submit(joined.get(3), 5);
        submit(joined.get(4), 2);
        submit(joined.get(5), 5);
        Document shown = svg(programme, "259");
        List<Element> medians = elements(shown, "line", "network-median");
        assertThat(medians).hasSize(10);
        // network 2, 2, 3, 4, 5, 5 → median 3.5, in whole points 4, drawn at 270 + (4 − 1) · 420 / 4 = 585
        assertThat(medians)
                .allSatisfy(line -> assertThat(line.getAttribute("x1")).isEqualTo("585"));
        assertThat(shown.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    }

    private void submit(MunicipalityJoined joined, int score) {
        fixtures.submit(fixtures.requested(joined, "BASELINE"), fixtures.answers("dagtilbud", 1, d -> score));
    }

    private JsonNode benchmark(ProgrammePublished programme, String code) {
        return benchmark(programme, code, null);
    }

    private JsonNode benchmark(ProgrammePublished programme, String code, String round) {
        Response response = api.get(
                "/api/programmes/" + programme.programmeId() + "/benchmarks?municipalityCode=" + code
                        + (round == null ? "" : "&round=" + round),
                TestTokens.municipality(code));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Document svg(ProgrammePublished programme, String code) throws Exception {
        Response response = api.get(
                "/api/programmes/" + programme.programmeId() + "/benchmarks.svg", TestTokens.municipality(code));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag, String className) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (className.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<JsonNode> rows(JsonNode benchmark) {
        List<JsonNode> rows =
                new ArrayList<>(benchmark.get("dimensions").valueStream().toList());
        rows.add(benchmark.get("overall"));
        return rows;
    }

    private static void assertWithheld(JsonNode group) {
        assertThat(group.get("shown").asBoolean()).isFalse();
        assertThat(group.get("median").isNull()).isTrue();
        assertThat(group.get("municipalities").isNull()).isTrue();
        assertThat(group.get("withheldBecause").asString()).contains("Fewer than 3");
    }

    /** A shown group; null quartiles: none given. */
    private static void assertGroup(JsonNode group, int municipalities, String q1, String median, String q3) {
        assertThat(group.get("shown").asBoolean()).as(group.toString()).isTrue();
        assertThat(group.get("municipalities").asInt()).isEqualTo(municipalities);
        assertThat(group.get("median").decimalValue()).isEqualByComparingTo(median);
        assertQuartile(group.get("lowerQuartile"), q1);
        assertQuartile(group.get("upperQuartile"), q3);
    }

    private static void assertQuartile(JsonNode quartile, String expected) {
        if (expected == null) {
            assertThat(quartile.isNull()).as("no quartile").isTrue();
        } else {
            assertThat(quartile.decimalValue()).isEqualByComparingTo(expected);
        }
    }
}
