package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark API attacked as municipalities would attack it to learn a peer's score: from one
 * view with the formulas that undo small groups' quartiles — {2·Q1 − median, median, 2·Q3 − median}
 * for three peers, the quartiles themselves for four or five — and by differencing the views before
 * and after each single submission, pooling what several members of the programme see. No exact
 * score of a peer comes out, and a municipality outside the programme sees none of its groups.
 */
class BenchlearningPrivacySystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    /** The attacker submits first; the peers one at a time after it. */
    private static final String ATTACKER = "147";

    private static final List<String> PEERS = List.of("151", "153", "155", "157", "159", "161", "163");
    private static final String OUTSIDER = "165";

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
    void noPeersScoreCanBeWorkedOutFromTheBenchmarksAndOutsidersSeeNone() {
        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        List<String> members = new ArrayList<>(List.of(ATTACKER));
        members.addAll(PEERS);
        Map<String, String> enrolments = scenario.joined(programme, members);
        JsonNode framework = client.get(Platform.EVALUATION, "/api/frameworks/dagtilbud", scenario.klToken())
                .expect(200)
                .json();
        Map<String, Map<String, BigDecimal>> exact = new LinkedHashMap<>();

        submit(enrolments, framework, ATTACKER, 0, exact);
        // what the attacker and the members it pools views with see after every single submission
        List<Map<String, JsonNode>> viewsAfterEachSubmission = new ArrayList<>();
        for (int i = 0; i < PEERS.size(); i++) {
            submit(enrolments, framework, PEERS.get(i), i + 1, exact);
            Map<String, JsonNode> views = new LinkedHashMap<>();
            for (String viewer : members.subList(0, i + 2)) {
                views.put(viewer, benchmark(programme, viewer));
            }
            viewsAfterEachSubmission.add(views);
        }

        List<JsonNode> shownGroups = new ArrayList<>();
        for (Map<String, JsonNode> views : viewsAfterEachSubmission) {
            views.forEach((viewer, view) -> {
                for (JsonNode row : rows(view)) {
                    JsonNode group = row.get("programme");
                    if (!group.get("shown").asBoolean()) {
                        continue;
                    }
                    shownGroups.add(group);
                    String dimension = row.get("dimension").asString();
                    List<BigDecimal> peersScores = exact.entrySet().stream()
                            .filter(e -> !e.getKey().equals(viewer))
                            .map(e -> e.getValue().get(dimension))
                            .toList();
                    assertThat(formulaCandidates(group))
                            .as("%s's view of %s: %s", viewer, dimension, group)
                            .noneMatch(candidate -> peersScores.stream().anyMatch(s -> same(candidate, s)));
                }
            });
        }
        assertThat(shownGroups).as("the attack had figures to work on").isNotEmpty();

        // differencing: a view changes only with three more submissions, and the change never gives the newcomer's
        // score
        for (int i = 1; i < viewsAfterEachSubmission.size(); i++) {
            String newcomer = PEERS.get(i);
            JsonNode before = viewsAfterEachSubmission.get(i - 1).get(ATTACKER);
            JsonNode after = viewsAfterEachSubmission.get(i).get(ATTACKER);
            List<JsonNode> beforeRows = rows(before);
            List<JsonNode> afterRows = rows(after);
            for (int r = 0; r < afterRows.size(); r++) {
                JsonNode was = beforeRows.get(r).get("programme");
                JsonNode is = afterRows.get(r).get("programme");
                String dimension = afterRows.get(r).get("dimension").asString();
                if (was.equals(is)) {
                    continue;
                }
                assertThat(is.get("municipalities").asInt() - count(was))
                        .as("a change of %s's figures after %s submitted", dimension, newcomer)
                        .isGreaterThanOrEqualTo(3);
                BigDecimal difference = total(is).subtract(total(was));
                assertThat(same(difference, exact.get(newcomer).get(dimension)))
                        .as("n·median after minus n·median before is not %s's %s", newcomer, dimension)
                        .isFalse();
            }
        }

        String outsider = client.token("MUNICIPALITY", OUTSIDER);
        client.get(Platform.EVALUATION, "/api/programmes/" + programme + "/benchmarks", outsider)
                .expect(404);
        client.get(Platform.EVALUATION, "/api/programmes/" + programme + "/benchmarks.svg", outsider)
                .expect(404);
        client.get(
                        Platform.EVALUATION,
                        "/api/programmes/" + programme + "/benchmarks?municipalityCode=" + OUTSIDER,
                        outsider)
                .expect(404);
    }

    /**
     * Every indicator pair of a dimension is answered a and a + 1, so each dimension's score is a
     * half point, a differing per municipality and dimension; the overall score is their mean.
     */
    private void submit(
            Map<String, String> enrolments,
            JsonNode framework,
            String code,
            int index,
            Map<String, Map<String, BigDecimal>> exact) {
        String token = client.token("MUNICIPALITY", code);
        String id = enrolments.get(code) + ":BASELINE";
        await().atMost(EVENTUALLY)
                .until(() -> client.get(Platform.EVALUATION, "/api/self-evaluations/" + id, token)
                                .status()
                        == 200);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<JsonNode> dimensions = framework.get("dimensions").valueStream().toList();
        BigDecimal sum = BigDecimal.ZERO;
        for (int d = 0; d < dimensions.size(); d++) {
            int base = 1 + (index * 3 + d) % 4;
            List<JsonNode> indicators =
                    dimensions.get(d).get("indicators").valueStream().toList();
            BigDecimal total = BigDecimal.ZERO;
            for (int k = 0; k < indicators.size(); k++) {
                int answer = base + k % 2;
                answers.put(indicators.get(k).get("key").asString(), answer);
                total = total.add(BigDecimal.valueOf(answer));
            }
            BigDecimal score = total.divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP);
            scores.put(dimensions.get(d).get("key").asString(), score);
            sum = sum.add(score);
        }
        scores.put("overall", sum.divide(BigDecimal.valueOf(dimensions.size()), 2, RoundingMode.HALF_UP));
        client.put(Platform.EVALUATION, "/api/self-evaluations/" + id + "/answers", token, Map.of("answers", answers))
                .expect(200);
        JsonNode submitted = client.post(
                        Platform.EVALUATION, "/api/self-evaluations/" + id + "/submission", token, Map.of())
                .expect(200)
                .json();
        assertThat(submitted.get("overallScore").decimalValue())
                .as("the test works the scores out as the service does")
                .isEqualByComparingTo(scores.get("overall"));
        exact.put(code, scores);
    }

    private JsonNode benchmark(String programme, String viewer) {
        return client.get(
                        Platform.EVALUATION,
                        "/api/programmes/" + programme + "/benchmarks?round=BASELINE",
                        client.token("MUNICIPALITY", viewer))
                .expect(200)
                .json();
    }

    /** What the formulas make of a group's figures: the three values of a three-member group, the quartiles themselves. */
    private static List<BigDecimal> formulaCandidates(JsonNode group) {
        BigDecimal median = decimal(group.get("median"));
        BigDecimal lower = decimal(group.get("lowerQuartile"));
        BigDecimal upper = decimal(group.get("upperQuartile"));
        List<BigDecimal> candidates = new ArrayList<>();
        candidates.add(median);
        if (lower != null) {
            candidates.add(lower);
            candidates.add(lower.multiply(BigDecimal.valueOf(2)).subtract(median));
        }
        if (upper != null) {
            candidates.add(upper);
            candidates.add(upper.multiply(BigDecimal.valueOf(2)).subtract(median));
        }
        return candidates;
    }

    /** The group's median times its count: what a mean would give, to difference. */
    private static BigDecimal total(JsonNode group) {
        BigDecimal median = decimal(group.get("median"));
        return median == null ? BigDecimal.ZERO : median.multiply(BigDecimal.valueOf(count(group)));
    }

    private static int count(JsonNode group) {
        return group.get("municipalities").isNull()
                ? 0
                : group.get("municipalities").asInt();
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private static boolean same(BigDecimal candidate, BigDecimal score) {
        return score != null && candidate.subtract(score).abs().compareTo(new BigDecimal("0.005")) < 0;
    }

    private static List<JsonNode> rows(JsonNode benchmark) {
        List<JsonNode> rows =
                new ArrayList<>(benchmark.get("dimensions").valueStream().toList());
        rows.add(benchmark.get("overall"));
        return rows;
    }
}
