package dk.kl.partnerships.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.TopicDeclaration;
import dk.kl.partnerships.kit.metrics.StateGauges;
import dk.kl.partnerships.kit.sample.Parcel;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.security.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One event larger than its topic accepts does not hold up the others: it is parked with the reason
 * and counted, the rest is published; once the topic accepts it, an operator puts it back in line.
 */
@IntegrationTest
class OutboxParkingIntegrationTests {

    private static final String TOPIC = Topic.ENROLMENTS.topicName();

    @Autowired
    Outbox outbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StateGauges gauges;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEventTooLargeForItsTopicIsParkedAndTheOthersArePublished() throws Exception {
        String large = UUID.randomUUID().toString();
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        String tooLong = "x".repeat(TopicDeclaration.MAX_MESSAGE_BYTES + 100_000);

        try (KafkaProbe probe = KafkaProbe.reading(kafka, TOPIC)) {
            outbox.insert(parcel(before), List.of(SampleEvents.joined(before, "101")));
            outbox.insert(parcel(large), List.of(SampleEvents.withdrew(large, "101", tooLong)));
            outbox.insert(parcel(after), List.of(SampleEvents.joined(after, "101")));

            assertThat(probe.await(
                            r -> KafkaProbe.payload(r).contains(before)
                                    || KafkaProbe.payload(r).contains(after),
                            2,
                            Duration.ofSeconds(30)))
                    .hasSize(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> !parked(large).isEmpty());
            assertThat(parked(large).get(0).getString("reason")).contains("RecordTooLargeException");
            assertThat(waiting(large)).isEmpty();
            gauges.refresh();
            assertThat(meters.get("partnerships.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);

            HttpResponse<String> listed = operator("GET");
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains(large).contains("RecordTooLargeException");

            topicLimit(4 * TopicDeclaration.MAX_MESSAGE_BYTES);
            try {
                HttpResponse<String> retried = operator("POST");
                assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
                assertThat(retried.body()).contains("\"retried\":1");
                assertThat(probe.await(r -> KafkaProbe.payload(r).contains(large), 1, Duration.ofSeconds(30)))
                        .hasSize(1);
            } finally {
                topicLimit(TopicDeclaration.MAX_MESSAGE_BYTES);
            }
            assertThat(parked(large)).isEmpty();
        }
    }

    private HttpResponse<String> operator(String method) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/outbox"))
                        .header("Authorization", "Bearer " + TestTokens.klAdmin())
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void topicLimit(int bytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.incrementalAlterConfigs(Map.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, TOPIC),
                            List.of(new AlterConfigOp(
                                    new ConfigEntry(TopicDeclaration.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes)),
                                    AlterConfigOp.OpType.SET))))
                    .all()
                    .get();
        }
    }

    private static Parcel parcel(String id) {
        return new Parcel(id, null, "NEW", BigDecimal.ONE, null);
    }

    private List<Document> parked(String id) {
        return raw(id).getList(OutboxRelay.PARKED, Document.class, List.of());
    }

    private List<Document> waiting(String id) {
        return raw(id).getList(OutboxEntry.ARRAY, Document.class, List.of());
    }

    private Document raw(String id) {
        return mongo.getCollection("parcels").find(new Document("_id", id)).first();
    }
}
