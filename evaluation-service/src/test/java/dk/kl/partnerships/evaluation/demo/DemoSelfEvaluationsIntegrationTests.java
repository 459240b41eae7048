package dk.kl.partnerships.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With the demo profile the self-evaluations of an ended programme are submitted: the baselines
 * with modest scores, the finals, once the completion has requested them, with better ones — so
 * the benchmark shows progress; looking again changes nothing.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "partnerships.demo.poll-interval=1s")
class DemoSelfEvaluationsIntegrationTests extends EvaluationIntegrationTest {

    private static final List<String> CODES = List.of("101", "147", "151", "157", "173", "219");
    private static final Duration WITHIN = Duration.ofSeconds(40);

    @Autowired
    DemoSelfEvaluations demoSelfEvaluations;

    @Test
    void baselineAndFinalAreSubmittedAndTheBenchmarkShowsProgress() {
        ProgrammePublished programme = RegistrationEvents.partnership(LocalDate.of(2017, 9, 20));
        KafkaProbe.publish(kafka, programme);
        List<MunicipalityJoined> joinings = new ArrayList<>();
        for (String code : CODES) {
            MunicipalityJoined joined = RegistrationEvents.joined(programme, code, LocalDate.of(2017, 6, 10));
            KafkaProbe.publish(kafka, joined);
            joinings.add(joined);
        }
        fixtures.network(programme, CODES);

        for (MunicipalityJoined joined : joinings) {
            awaitSubmitted(joined, "BASELINE");
        }
        JsonNode baseline = benchmark(programme, "147");
        assertThat(baseline.at("/overall/own").decimalValue()).isBetween(BigDecimal.ONE, new BigDecimal("3"));
        assertThat(baseline.at("/overall/finalScore").isNumber()).isFalse();

        KafkaProbe.publish(kafka, RegistrationEvents.completed(programme, programme.endsOn()));
        for (MunicipalityJoined joined : joinings) {
            awaitSubmitted(joined, "FINAL");
        }

        JsonNode progress = benchmark(programme, "147");
        assertThat(progress.get("round").asString()).isEqualTo("FINAL");
        assertThat(progress.at("/overall/change").decimalValue()).isPositive();
        assertThat(progress.get("dimensions").valueStream().toList())
                .hasSize(9)
                .allSatisfy(row -> assertThat(row.get("change").decimalValue()).isNotNegative())
                .anySatisfy(row -> assertThat(row.get("change").decimalValue()).isPositive());
        assertThat(progress.at("/overall/programme/shown").asBoolean()).isTrue();
        assertThat(progress.at("/overall/programme/median").decimalValue())
                .isGreaterThan(baseline.at("/overall/programme/median").decimalValue());

        assertThat(demoSelfEvaluations.load())
                .as("a second look submits nothing")
                .isZero();
    }

    @Test
    void scoresAreTheSameOnEveryRunAndTheFinalNeverBelowTheBaseline() {
        for (String code : CODES) {
            for (String indicator : List.of("politisk-retning", "ledelse-taet-paa-praksis")) {
                int first = DemoSelfEvaluations.score(code, indicator, Round.BASELINE);
                int last = DemoSelfEvaluations.score(code, indicator, Round.FINAL);
                assertThat(first).isBetween(1, 3);
                assertThat(last).isBetween(first, Math.min(5, first + 2));
            }
        }
        // the same on every run: derived from the names alone, never drawn at random
        assertThat(List.of(
                        DemoSelfEvaluations.score("101", "politisk-retning", Round.BASELINE),
                        DemoSelfEvaluations.score("101", "politisk-retning", Round.FINAL),
                        DemoSelfEvaluations.score("101", "ledelse-taet-paa-praksis", Round.BASELINE),
                        DemoSelfEvaluations.score("101", "ledelse-taet-paa-praksis", Round.FINAL),
                        DemoSelfEvaluations.score("147", "politisk-retning", Round.BASELINE),
                        DemoSelfEvaluations.score("147", "politisk-retning", Round.FINAL)))
                .containsExactly(3, 4, 2, 2, 3, 5);
    }

    private void awaitSubmitted(MunicipalityJoined joined, String round) {
        await().atMost(WITHIN).until(() -> {
            Response response =
                    api.get("/api/self-evaluations/" + joined.enrolmentId() + ":" + round, TestTokens.klAdmin());
            return response.status() == 200
                    && response.json().get("status").asString().equals("SUBMITTED");
        });
    }

    private JsonNode benchmark(ProgrammePublished programme, String code) {
        Response response = api.get(
                "/api/programmes/" + programme.programmeId() + "/benchmarks?municipalityCode=" + code,
                TestTokens.klAdmin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
