package dk.kl.partnerships.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.framework.Dimension;
import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.FrameworkContent;
import dk.kl.partnerships.evaluation.registration.NetworkViewRepository;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/** Registration's events published to the real broker, and what coordinators do over HTTP. */
public final class EvaluationFixtures {

    public static final Duration WITHIN = Duration.ofSeconds(30);

    private final String kafka;
    private final ApiClient api;
    private final Clock clock;
    private final FrameworkAuthoring frameworks;
    private final NetworkViewRepository networks;

    public EvaluationFixtures(
            String kafka, ApiClient api, Clock clock, FrameworkAuthoring frameworks, NetworkViewRepository networks) {
        this.kafka = kafka;
        this.api = api;
        this.clock = clock;
        this.frameworks = frameworks;
        this.networks = networks;
    }

    /** A daycare partnership, known to the service. */
    public ProgrammePublished programme() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(clock).plusMonths(1));
        KafkaProbe.publish(kafka, programme);
        await().atMost(WITHIN)
                .until(() -> api.get("/api/programmes/" + programme.programmeId() + "/evaluation", TestTokens.klAdmin())
                                .status()
                        == 200);
        return programme;
    }

    public MunicipalityJoined join(ProgrammePublished programme, String code) {
        MunicipalityJoined joined = RegistrationEvents.joined(programme, code, LocalDate.now(clock));
        KafkaProbe.publish(kafka, joined);
        return joined;
    }

    /** Waits for the self-evaluation of the round to be requested; returns it as the municipality sees it. */
    public JsonNode requested(MunicipalityJoined joined, String round) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(WITHIN).until(() -> {
            Response response = api.get(
                    "/api/self-evaluations/" + joined.enrolmentId() + ":" + round,
                    TestTokens.municipality(joined.municipalityCode()));
            if (response.status() == 200) {
                found.set(response.json());
            }
            return response.status() == 200;
        });
        return found.get();
    }

    public NetworkFormed network(ProgrammePublished programme, List<String> codes) {
        NetworkFormed network = RegistrationEvents.networkFormed(programme, codes);
        KafkaProbe.publish(kafka, network);
        await().atMost(WITHIN).until(() -> networks.existsById(network.networkId()));
        return network;
    }

    /** Answers to every indicator of the framework version, each dimension's indicators alike. */
    public Map<String, Integer> answers(String frameworkKey, int version, ToIntFunction<Dimension> scoreOf) {
        FrameworkContent framework = frameworks.get(frameworkKey, version).content();
        Map<String, Integer> answers = new LinkedHashMap<>();
        framework.dimensions().forEach(d -> d.indicators().forEach(i -> answers.put(i.key(), scoreOf.applyAsInt(d))));
        return answers;
    }

    /** Saves the answers and submits, as the municipality's coordinator. */
    public JsonNode submit(JsonNode evaluation, Map<String, Integer> answers) {
        String id = evaluation.get("id").asString();
        String token =
                TestTokens.municipality(evaluation.get("municipalityCode").asString());
        Response saved = api.put("/api/self-evaluations/" + id + "/answers", token, Map.of("answers", answers));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response submitted = api.post("/api/self-evaluations/" + id + "/submission", token, Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }
}
