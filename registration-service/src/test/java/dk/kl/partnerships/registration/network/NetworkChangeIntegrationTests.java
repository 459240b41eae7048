package dk.kl.partnerships.registration.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.registration.RegistrationFixtures;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** After confirmation KL adds, moves and removes members within the bounds (4 to 10); a withdrawal always removes. */
@IntegrationTest
class NetworkChangeIntegrationTests {

    private static final List<String> NORTH = List.of("240", "329", "187", "167");
    private static final List<String> SOUTH = List.of("370", "163", "657", "756");
    private static final String LATE_JOINER = "630";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    ApiClient api;
    RegistrationFixtures fixtures;
    String programme;
    String north;
    String south;
    final Map<String, String> enrolments = new HashMap<>();

    @BeforeEach
    void twoConfirmedNetworksOfFour() {
        api = ApiClient.onPort(port);
        fixtures = new RegistrationFixtures(api);
        programme = fixtures.publishedProgramme("PARTNERSHIP");
        for (String code : NORTH) {
            enrolments.put(code, fixtures.joined(programme, code, List.of("faglig ledelse")));
        }
        for (String code : SOUTH) {
            fixtures.joined(programme, code, List.of("evalueringskultur"));
        }
        Response confirmed = api.post(
                "/api/programmes/" + programme + "/networks",
                TestTokens.klAdmin(),
                Map.of(
                        "networks",
                        List.of(
                                Map.of("name", "Nord", "municipalityCodes", NORTH),
                                Map.of("name", "Syd", "municipalityCodes", SOUTH))));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        north = networkId(confirmed.json(), "Nord");
        south = networkId(confirmed.json(), "Syd");
    }

    @Test
    void klPlacesALateJoinerMovesAndRemovesItAndEachChangeIsPublishedWithItsRevisionAndRead() {
        fixtures.joined(programme, LATE_JOINER, List.of("faglig ledelse"));

        Response added = change(north, "members", LATE_JOINER, "Joined late by KL's decision");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().get("revision").asInt()).isEqualTo(1);
        assertThat(members(added.json(), north)).containsExactly("240", "329", "187", "167", LATE_JOINER);

        Response moved = change(south, "member-moves", LATE_JOINER, "Works with Syd already");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("revision").asInt()).isEqualTo(2);
        assertThat(members(moved.json(), north)).containsExactlyElementsOf(NORTH);
        assertThat(members(moved.json(), south)).contains(LATE_JOINER).hasSize(5);

        Response removed = change(south, "member-removals", LATE_JOINER, "Has no participants this year");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("revision").asInt()).isEqualTo(3);
        assertThat(members(removed.json(), south)).containsExactlyElementsOf(SOUTH);

        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.NETWORKS.topicName())) {
            List<ConsumerRecord<String, byte[]>> changes = probe.await(
                    r -> programme.equals(r.key())
                            && KafkaProbe.ofType(EventType.NETWORK_CHANGED).test(r),
                    4,
                    Duration.ofSeconds(20));
            assertThat(changes)
                    .extracting(KafkaProbe::payload)
                    .satisfiesExactly(
                            first -> assertThat(first).contains("\"revision\":1", "\"kind\":\"ADDED\""),
                            second -> assertThat(second).contains("\"revision\":2", "\"kind\":\"MOVED\""),
                            third -> assertThat(third).contains("\"revision\":2", "\"kind\":\"MOVED\""),
                            fourth -> assertThat(fourth)
                                    .contains("\"revision\":3", "\"kind\":\"REMOVED\"", "no participants"));
        }

        String history = "/api/programmes/" + programme + "/networks/" + south + "/history";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                api.get(history, TestTokens.klAdmin()).json().get("items"))
                        .extracting(item -> item.get("revision").asInt() + " "
                                + item.get("kind").asString())
                        .containsExactly("3 REMOVED", "2 MOVED", "0 FORMED"));
        JsonNode newest =
                api.get(history + "?size=1", TestTokens.municipality("370")).json();
        assertThat(newest.get("items")).hasSize(1);
        assertThat(newest.get("totalItems").asInt()).isEqualTo(3);
        assertThat(newest.at("/items/0/reason").asString()).isEqualTo("Has no participants this year");
        assertThat(api.get(history, TestTokens.municipality("240")).status()).isEqualTo(404);
        assertThat(api.get(history, TestTokens.municipality(LATE_JOINER)).status())
                .isEqualTo(404);
        assertThat(api.get(history, TestTokens.finance()).status()).isEqualTo(404);
        assertThat(api.get(history + "?size=500", TestTokens.klAdmin()).status())
                .isEqualTo(400);
    }

    @Test
    void changesOutsideTheBoundsWithoutAReasonOrByOthersAreRefusedAndChangeNothing() {
        fixtures.joined(programme, LATE_JOINER, List.of("faglig ledelse"));

        Response noReason = api.post(
                "/api/programmes/" + programme + "/networks/" + north + "/members",
                TestTokens.klAdmin(),
                Map.of("municipalityCode", LATE_JOINER));
        Response byCoordinator = api.post(
                "/api/programmes/" + programme + "/networks/" + north + "/members",
                TestTokens.municipality(LATE_JOINER),
                Map.of("municipalityCode", LATE_JOINER, "reason", "let us in"));
        Response tooSmall = change(north, "member-removals", "240", "Not active");
        Response movedTooSmall = change(south, "member-moves", "240", "Closer to Syd");
        Response notJoined = change(north, "members", "101", "Wants in");
        Response alreadyPlaced = change(north, "members", "370", "Wants in");
        Response notMember = change(north, "member-removals", "370", "Wrong network");
        Response unknownNetwork = change("no-such-network", "members", LATE_JOINER, "Wants in");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(tooSmall.body()).contains("network-size", "4 to 10");
        assertThat(movedTooSmall.status()).isEqualTo(422);
        assertThat(movedTooSmall.body()).contains("network-size");
        assertThat(notJoined.status()).isEqualTo(422);
        assertThat(notJoined.body()).contains("not-joined");
        assertThat(alreadyPlaced.status()).isEqualTo(422);
        assertThat(alreadyPlaced.body()).contains("already-in-network");
        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.body()).contains("not-in-network");
        assertThat(unknownNetwork.status()).isEqualTo(404);
        JsonNode networks = api.get("/api/programmes/" + programme + "/networks", TestTokens.klAdmin())
                .json();
        assertThat(networks.get("revision").asInt()).isZero();
        assertThat(members(networks, north)).containsExactlyElementsOf(NORTH);
        assertThat(members(networks, south)).containsExactlyElementsOf(SOUTH);
    }

    @Test
    void aWithdrawnMunicipalityLeavesItsNetworkEvenBelowTheBounds() {
        Response withdrawn = api.post(
                "/api/enrolments/" + enrolments.get("167") + "/withdrawal",
                TestTokens.municipality("167"),
                Map.of("reason", "Council decided to prioritise schools"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(members(
                                api.get("/api/programmes/" + programme + "/networks", TestTokens.klAdmin())
                                        .json(),
                                north))
                        .containsExactly("240", "329", "187"));
        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.NETWORKS.topicName())) {
            assertThat(probe.await(
                            r -> programme.equals(r.key())
                                    && KafkaProbe.ofType(EventType.NETWORK_CHANGED)
                                            .test(r),
                            1,
                            Duration.ofSeconds(20)))
                    .singleElement()
                    .extracting(KafkaProbe::payload)
                    .asString()
                    .contains("\"kind\":\"WITHDRAWN\"", "\"municipalityCode\":\"167\"", "prioritise schools");
        }
        assertThat(api.get("/api/programmes/" + programme + "/networks", TestTokens.klAdmin())
                        .json()
                        .get("revision")
                        .asInt())
                .isEqualTo(1);
    }

    private Response change(String networkId, String route, String code, String reason) {
        return api.post(
                "/api/programmes/" + programme + "/networks/" + networkId + "/" + route,
                TestTokens.klAdmin(),
                Map.of("municipalityCode", code, "reason", reason));
    }

    private static String networkId(JsonNode networks, String name) {
        for (JsonNode network : networks.get("networks")) {
            if (network.get("name").asString().equals(name)) {
                return network.get("id").asString();
            }
        }
        throw new AssertionError("No network " + name + " in " + networks);
    }

    private static List<String> members(JsonNode networks, String networkId) {
        for (JsonNode network : networks.get("networks")) {
            if (network.get("id").asString().equals(networkId)) {
                List<String> codes = new ArrayList<>();
                network.get("municipalityCodes").forEach(code -> codes.add(code.asString()));
                return codes;
            }
        }
        throw new AssertionError("No network " + networkId + " in " + networks);
    }
}
