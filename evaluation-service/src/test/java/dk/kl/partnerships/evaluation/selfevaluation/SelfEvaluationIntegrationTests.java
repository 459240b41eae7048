package dk.kl.partnerships.evaluation.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.EvaluationFixtures;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration's events request self-evaluations; municipalities fill them in and submit them,
 * once and completely; nobody sees another municipality's.
 */
class SelfEvaluationIntegrationTests extends EvaluationIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    KafkaProbe evaluationEvents;

    @BeforeEach
    void readEvents() {
        evaluationEvents = KafkaProbe.reading(kafka, Topic.SELF_EVALUATIONS.topicName());
    }

    @AfterEach
    void stopReading() {
        evaluationEvents.close();
    }

    @Test
    void joiningRequestsABaselineDueInSixtyDaysOnceHoweverOftenItArrives() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.join(programme, "101");

        JsonNode baseline = fixtures.requested(joined, "BASELINE");
        KafkaProbe.publish(kafka, joined);
        KafkaProbe.publish(kafka, joined);

        assertThat(baseline.get("status").asString()).isEqualTo("OPEN");
        assertThat(baseline.get("frameworkKey").asString()).isEqualTo("dagtilbud");
        assertThat(baseline.get("dueOn").asString())
                .isEqualTo(LocalDate.now(clock).plusDays(60).toString());
        List<ConsumerRecord<String, byte[]>> requested = evaluationEvents.drain(
                KafkaProbe.ofType(EventType.SELF_EVALUATION_REQUESTED)
                        .and(r -> KafkaProbe.payload(r).contains(joined.enrolmentId())),
                Duration.ofSeconds(3));
        assertThat(requested).hasSize(1);
        assertThat(requested.get(0).key()).isEqualTo("101");
        JsonNode event = JSON.readTree(KafkaProbe.payload(requested.get(0)));
        assertThat(event.get("round").asString()).isEqualTo("BASELINE");
        assertThat(event.get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(api.get("/api/self-evaluations?programmeId=" + programme.programmeId(), TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aJoiningThatArrivesBeforeItsProgrammeIsRequestedWhenTheProgrammeArrives() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(clock).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "147", LocalDate.now(clock));
        KafkaProbe.publish(kafka, joined);
        assertThat(evaluationEvents.drain(
                        r -> KafkaProbe.payload(r).contains(joined.enrolmentId()), Duration.ofSeconds(2)))
                .isEmpty();

        KafkaProbe.publish(kafka, programme);

        assertThat(fixtures.requested(joined, "BASELINE").get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void completionRequestsAFinalFromThoseStillInAndAWithdrawalCancelsWhatIsOpen() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined staying = fixtures.join(programme, "151");
        MunicipalityJoined leaving = fixtures.join(programme, "153");
        fixtures.submit(fixtures.requested(staying, "BASELINE"), fixtures.answers("dagtilbud", 1, d -> 3));
        fixtures.requested(leaving, "BASELINE");

        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(leaving, LocalDate.now(clock)));
        await().atMost(EvaluationFixtures.WITHIN)
                .until(() -> status(leaving, "BASELINE").equals("CANCELLED"));
        KafkaProbe.publish(
                kafka,
                RegistrationEvents.completed(programme, LocalDate.now(clock).plusDays(1)));

        JsonNode last = fixtures.requested(staying, "FINAL");
        assertThat(last.get("dueOn").asString())
                .isEqualTo(LocalDate.now(clock).plusDays(61).toString());
        assertThat(status(staying, "BASELINE")).isEqualTo("SUBMITTED");
        assertThat(evaluationEvents.drain(
                        KafkaProbe.ofType(EventType.SELF_EVALUATION_REQUESTED)
                                .and(r -> KafkaProbe.payload(r).contains(leaving.enrolmentId())),
                        Duration.ofSeconds(2)))
                .as("only the baseline was requested of the municipality that left")
                .hasSize(1);
        assertThat(api.get("/api/self-evaluations/" + leaving.enrolmentId() + ":FINAL", TestTokens.klAdmin())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void draftsAreCheckedForRangesSubmissionForCompletenessAndASubmittedEvaluationNeverChanges() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.join(programme, "155");
        String id = fixtures.requested(joined, "BASELINE").get("id").asString();
        String token = TestTokens.municipality("155");
        Map<String, Integer> complete =
                fixtures.answers("dagtilbud", 1, d -> d.key().length() % 5 + 1);

        Map<String, Integer> outOfRange = new LinkedHashMap<>(complete);
        outOfRange.put("politisk-retning", 6);
        outOfRange.put("no-such-indicator", 3);
        Response invalid = api.put(
                "/api/self-evaluations/" + id + "/answers",
                token,
                Map.of(
                        "answers",
                        outOfRange,
                        "keyFigures",
                        Map.of("alderssvarende-sprog", 101, "boern-pr-voksen", 3.2)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(fields(invalid))
                .containsExactlyInAnyOrder(
                        "answers.politisk-retning", "answers.no-such-indicator", "keyFigures.alderssvarende-sprog");

        Map<String, Integer> partial = new LinkedHashMap<>(complete);
        partial.remove("dialog");
        partial.remove("faelles-maal");
        Response draft = api.put(
                "/api/self-evaluations/" + id + "/answers",
                token,
                Map.of("answers", partial, "keyFigures", Map.of("alderssvarende-sprog", 87.5)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        Response incomplete = api.post("/api/self-evaluations/" + id + "/submission", token, Map.of());
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).containsExactlyInAnyOrder("answers.dialog", "answers.faelles-maal");

        api.put("/api/self-evaluations/" + id + "/answers", token, Map.of("answers", complete));
        Response submitted = api.post("/api/self-evaluations/" + id + "/submission", token, Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode evaluation = submitted.json();
        assertThat(evaluation.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(evaluation.get("dimensionScores")).hasSize(9);

        assertThat(api.put("/api/self-evaluations/" + id + "/answers", token, Map.of("answers", complete))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/self-evaluations/" + id + "/submission", token, Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(api.put(
                                "/api/self-evaluations/" + id + "/answers",
                                TestTokens.klAdmin(),
                                Map.of("answers", complete))
                        .status())
                .as("not even KL changes a submitted evaluation")
                .isEqualTo(409);

        List<ConsumerRecord<String, byte[]>> events = evaluationEvents.await(
                KafkaProbe.ofType(EventType.SELF_EVALUATION_SUBMITTED)
                        .and(r -> KafkaProbe.payload(r).contains(id)),
                1,
                EvaluationFixtures.WITHIN);
        JsonNode event = JSON.readTree(KafkaProbe.payload(events.get(0)));
        assertThat(event.get("overallScore").asString())
                .isEqualTo(evaluation.get("overallScore").asString());
        assertThat(event.get("dimensionScores")).hasSize(9);
        assertThat(event.at("/dimensionScores/0/dimension").asString()).isEqualTo("strategisk-ledelse");
    }

    @Test
    void anotherMunicipalitysSelfEvaluationIsNotFound() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined joined = fixtures.join(programme, "157");
        String id = fixtures.requested(joined, "BASELINE").get("id").asString();
        String other = TestTokens.municipality("159");

        assertThat(api.get("/api/self-evaluations/" + id, other).status()).isEqualTo(404);
        assertThat(api.put(
                                "/api/self-evaluations/" + id + "/answers",
                                other,
                                Map.of("answers", Map.of("politisk-retning", 1)))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/self-evaluations/" + id + "/submission", other, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/self-evaluations?municipalityCode=157", other).status())
                .isEqualTo(404);
        assertThat(api.get("/api/self-evaluations?programmeId=" + programme.programmeId(), other)
                        .json()
                        .get("totalItems")
                        .asLong())
                .as("a list shows only the caller's own")
                .isZero();
        assertThat(api.get("/api/self-evaluations/" + id, TestTokens.finance()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/self-evaluations/" + id, null).status()).isEqualTo(401);
        assertThat(api.get("/api/self-evaluations/" + id, TestTokens.municipality("157"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void klSeesWhoIsOverdue() {
        ProgrammePublished programme = fixtures.programme();
        MunicipalityJoined late = fixtures.join(programme, "161");
        MunicipalityJoined onTime = fixtures.join(programme, "163");
        fixtures.requested(late, "BASELINE");
        fixtures.submit(fixtures.requested(onTime, "BASELINE"), fixtures.answers("dagtilbud", 1, d -> 4));

        clock.advance(Period.ofDays(61));

        Response overdue =
                api.get("/api/self-evaluations/overdue?programmeId=" + programme.programmeId(), TestTokens.klAdmin());
        assertThat(overdue.json()
                        .get("items")
                        .valueStream()
                        .map(e -> e.get("municipalityCode").asString()))
                .containsExactly("161");
        assertThat(overdue.json().at("/items/0/overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/self-evaluations/overdue", TestTokens.municipality("161"))
                        .status())
                .isEqualTo(403);
    }

    private String status(MunicipalityJoined joined, String round) {
        return api.get("/api/self-evaluations/" + joined.enrolmentId() + ":" + round, TestTokens.klAdmin())
                .json()
                .get("status")
                .asString();
    }

    private static List<String> fields(Response problem) {
        return problem.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
