package dk.kl.partnerships.registration.network;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class NetworkIntegrationTests {

    /** Twelve joined municipalities make two networks of six within the default bounds of 4 to 10. */
    private static final List<String> CODES =
            List.of("240", "329", "187", "167", "370", "163", "657", "756", "630", "101", "147", "751");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void klConfirmsTheProposedNetworksAndEachIsPublished() {
        ApiClient api = ApiClient.onPort(port);
        RegistrationFixtures fixtures = new RegistrationFixtures(api);
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        for (int i = 0; i < CODES.size(); i++) {
            fixtures.joined(programme, CODES.get(i), List.of(RegistrationFixtures.FOCUS_AREAS.get(i % 3)));
        }

        Response proposal = api.post("/api/programmes/" + programme + "/network-proposals", TestTokens.klAdmin(), "");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        assertThat(api.post("/api/programmes/" + programme + "/network-proposals", TestTokens.klAdmin(), "")
                        .json())
                .isEqualTo(proposal.json());
        List<Map<String, Object>> drafts = drafts(proposal.json());
        assertThat(drafts).hasSize(2);

        Response confirmed = api.post(
                "/api/programmes/" + programme + "/networks", TestTokens.klAdmin(), Map.of("networks", drafts));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.NETWORKS.topicName())) {
            assertThat(probe.await(r -> programme.equals(r.key()), 2, Duration.ofSeconds(20)))
                    .hasSize(2)
                    .allSatisfy(r ->
                            assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.NETWORK_FORMED.ceType()));
        }
        Response again = api.post(
                "/api/programmes/" + programme + "/networks", TestTokens.klAdmin(), Map.of("networks", drafts));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/programmes/" + programme + "/networks", TestTokens.municipality("630"))
                        .json()
                        .get("networks"))
                .hasSize(2);
    }

    @Test
    void whenNoSplitFitsTheBoundsTheProposalIsOneConfirmationAccepts() {
        ApiClient api = ApiClient.onPort(port);
        RegistrationFixtures fixtures = new RegistrationFixtures(api);
        Map<String, Object> terms = new HashMap<>(RegistrationFixtures.programme(
                "PARTNERSHIP",
                LocalDate.now(BusinessTime.ZONE).plusDays(30),
                LocalDate.now(BusinessTime.ZONE).plusDays(60)));
        terms.put("networkSize", Map.of("min", 6, "max", 10));
        String programme = fixtures.publishedProgramme(terms);
        // eleven: one network of 6 to 10 is too small a count, two are too many
        for (String code : CODES.subList(0, 11)) {
            fixtures.joined(programme, code, List.of("faglig ledelse"));
        }

        Response proposal = api.post("/api/programmes/" + programme + "/network-proposals", TestTokens.klAdmin(), "");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);

        Response confirmed = api.post(
                "/api/programmes/" + programme + "/networks",
                TestTokens.klAdmin(),
                Map.of("networks", drafts(proposal.json())));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(proposal.json().get("notes").toString()).contains("cannot be split");
    }

    @Test
    void networksThatLeaveSomeoneOutOrBreakTheBoundsAreRefused() {
        ApiClient api = ApiClient.onPort(port);
        RegistrationFixtures fixtures = new RegistrationFixtures(api);
        String programme = fixtures.publishedProgramme("NETWORK");
        for (String code : CODES.subList(0, 5)) {
            fixtures.joined(programme, code, List.of("faglig ledelse"));
        }

        Response missing = api.post(
                "/api/programmes/" + programme + "/networks",
                TestTokens.klAdmin(),
                Map.of("networks", List.of(Map.of("name", "A", "municipalityCodes", CODES.subList(0, 4)))));
        Response stranger = api.post(
                "/api/programmes/" + programme + "/networks",
                TestTokens.klAdmin(),
                Map.of(
                        "networks",
                        List.of(Map.of(
                                "name", "A", "municipalityCodes", List.of("240", "329", "187", "167", "370", "101")))));
        Response byCoordinator = api.post(
                "/api/programmes/" + programme + "/networks",
                TestTokens.municipality("240"),
                Map.of("networks", List.of(Map.of("name", "A", "municipalityCodes", CODES.subList(0, 5)))));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("370");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("101 has not joined");
        assertThat(byCoordinator.status()).isEqualTo(403);
    }

    private static List<Map<String, Object>> drafts(JsonNode proposal) {
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (JsonNode network : proposal.get("networks")) {
            List<String> members = new ArrayList<>();
            network.get("members")
                    .forEach(m -> members.add(m.get("municipalityCode").asString()));
            drafts.add(Map.of("name", network.get("name").asString(), "municipalityCodes", members));
        }
        return drafts;
    }
}
