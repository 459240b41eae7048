package dk.kl.partnerships.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.sample.JoinLog;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.security.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator re-drives a dead-letter topic through the management port: each record goes to the
 * consumer again, in order; one that fails again stays, and holds back the later records of its key;
 * one handled already is skipped; a second re-drive continues where the first stopped.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.application.name=kit-redrive") // a dead-letter topic of its own
class DeadLetterRedriveIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = Topic.ENROLMENTS.topicName();

    @Autowired
    JoinLog joins;

    @Autowired
    EventJson json;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void redrivesDeadLettersInOrderOnceEachAndKeepsWhatFailsAgain() throws Exception {
        String poisoned = "k1-" + UUID.randomUUID();
        String healthy = "k2-" + UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        String afterPoison = UUID.randomUUID().toString();
        String twice = UUID.randomUUID().toString();
        String deadLetters = Topic.ENROLMENTS.deadLetterTopic(group);
        KafkaProbe.send(kafka, deadLetters, poisoned, EventType.MUNICIPALITY_JOINED.ceType(), poison, "{never json");
        deadLetter(deadLetters, poisoned, afterPoison);
        deadLetter(deadLetters, healthy, twice);
        deadLetter(deadLetters, healthy, twice);

        assertThat(redrive(null).statusCode()).isEqualTo(401);
        assertThat(redrive(TestTokens.municipality("101")).statusCode()).isEqualTo(403);
        HttpResponse<String> first = redrive(TestTokens.klAdmin());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(first.body());
        assertThat(report.get("deadLetterTopic").asString()).isEqualTo(deadLetters);
        assertThat(report.get("processed").asInt()).isEqualTo(1);
        assertThat(report.get("duplicates").asInt()).isEqualTo(1);
        assertThat(report.get("heldBack").asInt()).isEqualTo(1);
        assertThat(report.at("/failed/0/eventId").asString()).isEqualTo(poison);
        assertThat(report.at("/failed/0/reason").asString()).contains("invalid payload");
        assertThat(report.get("waiting").asInt()).isEqualTo(4);
        assertThat(joins.handled())
                .containsOnlyOnce(healthy + ":" + twice)
                .doesNotContain(poisoned + ":" + afterPoison);

        JsonNode again = JSON.readTree(redrive(TestTokens.klAdmin()).body());
        assertThat(again.get("processed").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.get("heldBack").asInt()).isEqualTo(1);
        assertThat(joins.handled()).containsOnlyOnce(healthy + ":" + twice);

        JsonNode listed =
                JSON.readTree(get("/actuator/deadletters", TestTokens.klAdmin()).body());
        assertThat(listed.findValues("deadLetterTopic"))
                .extracting(JsonNode::asString)
                .contains(deadLetters);
    }

    private void deadLetter(String deadLetters, String key, String eventId) {
        KafkaProbe.send(
                kafka,
                deadLetters,
                key,
                EventType.MUNICIPALITY_JOINED.ceType(),
                eventId,
                json.write(SampleEvents.joined(UUID.randomUUID().toString(), key)));
    }

    private HttpResponse<String> redrive(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/deadletters/" + TOPIC))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
