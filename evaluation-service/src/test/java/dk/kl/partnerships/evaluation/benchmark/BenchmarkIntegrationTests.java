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
 * Benchlearning over HTTP: own scores, network and programme medians and quartiles computed by
 * hand, groups withheld below three other municipalities, another municipality's benchmark
 * invisible, and the same as an SVG chart.
 */
class BenchmarkIntegrationTests extends EvaluationIntegrationTest {

    @Test
    void aGroupIsShownFromThreeOtherMunicipalitiesOnwardsWithMediansAndQuartilesAsComputedByHand() {
        ProgrammePublished programme = fixtures.programme();
        Map<String, MunicipalityJoined> joined = new LinkedHashMap<>();
        for (String code : List.of("201", "210", "217", "219", "223", "230")) {
            joined.put(code, fixtures.join(programme, code));
        }
        NetworkFormed network = fixtures.network(programme, List.of("201", "210", "217", "219"));
        fixtures.network(programme, List.of("223", "230"));
        // every indicator of a municipality gets the same score: 201 → 2, 210 → 3, 217 → 4, 219 → 5, 223 → 1
        submit(joined.get("201"), 2);
        submit(joined.get("210"), 3);
        submit(joined.get("217"), 4);

        JsonNode twoPeers = benchmark(programme, "201");
        assertThat(twoPeers.at("/network/id").asString()).isEqualTo(network.networkId());
        for (JsonNode row : rows(twoPeers)) {
            assertThat(row.get("own").decimalValue()).isEqualByComparingTo("2");
            assertWithheld(row.get("network"));
            assertWithheld(row.get("programme"));
        }

        submit(joined.get("219"), 5);
        submit(joined.get("223"), 1);

        JsonNode shown = benchmark(programme, "201");
        assertThat(shown.get("round").asString()).isEqualTo("BASELINE");
        assertThat(shown.get("dimensions")).hasSize(9);
        for (JsonNode row : rows(shown)) {
            // network 2, 3, 4, 5: Q1 at h = 0.75 → 2.75, median 3.5, Q3 at h = 2.25 → 4.25
            assertGroup(row.get("network"), 4, "2.75", "3.50", "4.25");
            // programme 1, 2, 3, 4, 5: 2, 3, 4
            assertGroup(row.get("programme"), 5, "2.00", "3.00", "4.00");
        }
        JsonNode of223 = benchmark(programme, "223");
        assertWithheld(of223.at("/overall/network"));
        assertGroup(of223.at("/overall/programme"), 5, "2.00", "3.00", "4.00");
        assertThat(shown.toString()).doesNotContain("\"210\"").doesNotContain("\"217\"");
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
        for (String code : List.of("259", "260", "265", "269")) {
            joined.add(fixtures.join(programme, code));
        }
        fixtures.network(programme, List.of("259", "260", "265", "269"));
        submit(joined.get(0), 4);
        submit(joined.get(1), 2);

        Document withheld = svg(programme, "259");
        assertThat(elements(withheld, "rect", "own")).hasSize(10);
        assertThat(elements(withheld, "line", "network-median")).isEmpty();
        assertThat(withheld.getDocumentElement().getTextContent()).contains("Netværket vises ikke");

        submit(joined.get(2), 3);
        submit(joined.get(3), 5);
        Document shown = svg(programme, "259");
        List<Element> medians = elements(shown, "line", "network-median");
        assertThat(medians).hasSize(10);
        // network 2, 3, 4, 5 → median 3.5, drawn at 270 + (3.5 − 1) · 420 / 4 = 532.5 → 533
        assertThat(medians)
                .allSatisfy(line -> assertThat(line.getAttribute("x1")).isEqualTo("533"));
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

    private static void assertGroup(JsonNode group, int municipalities, String q1, String median, String q3) {
        assertThat(group.get("shown").asBoolean()).isTrue();
        assertThat(group.get("municipalities").asInt()).isEqualTo(municipalities);
        assertThat(group.get("lowerQuartile").decimalValue()).isEqualByComparingTo(q1);
        assertThat(group.get("median").decimalValue()).isEqualByComparingTo(median);
        assertThat(group.get("upperQuartile").decimalValue()).isEqualByComparingTo(q3);
    }
}
