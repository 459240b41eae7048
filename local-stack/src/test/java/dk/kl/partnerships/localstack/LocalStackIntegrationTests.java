package dk.kl.partnerships.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIntegrationTests {

    @TempDir
    Path data;

    @Test
    void servesKafkaAndMongoDbAndKeepsTheirDataAcrossARestart() throws Exception {
        int kafkaPort = freePort();
        int controllerPort = freePort();
        int mongoPort = freePort();
        int statusPort = freePort();
        String key = UUID.randomUUID().toString();

        Map<String, String> options = Map.of(
                "kafka-port", String.valueOf(kafkaPort),
                "kafka-controller-port", String.valueOf(controllerPort),
                "mongo-port", String.valueOf(mongoPort),
                "status-port", String.valueOf(statusPort));

        try (LocalStack stack = LocalStack.start(data, options)) {
            stack.awaitReady(Duration.ofSeconds(60));
            assertThat(ready(statusPort)).isEqualTo(200);
            createTopic(kafkaPort);
            produce(kafkaPort, key);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
                client.getDatabase("check").getCollection("things").insertOne(new Document("_id", key));
            }
        }

        try (LocalStack restarted = LocalStack.start(data, options)) {
            restarted.awaitReady(Duration.ofSeconds(60));
            assertThat(consume(kafkaPort)).extracting(ConsumerRecord::key).contains(key);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
                assertThat(client.getDatabase("check")
                                .getCollection("things")
                                .find(new Document("_id", key))
                                .first())
                        .isNotNull();
            }
        }
    }

    @Test
    void theBrokerCreatesNoTopicOnFirstUse() throws Exception {
        int kafkaPort = freePort();
        try (LocalStack kafkaOnly = LocalStack.start(
                        data,
                        Map.of(
                                "components", "kafka",
                                "kafka-port", String.valueOf(kafkaPort),
                                "kafka-controller-port", String.valueOf(freePort()),
                                "status-port", String.valueOf(freePort())));
                KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                "127.0.0.1:" + kafkaPort,
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                3000),
                        new StringSerializer(),
                        new StringSerializer())) {
            kafkaOnly.awaitReady(Duration.ofSeconds(60));

            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never.declared", "key", "value"))
                            .get())
                    .hasCauseInstanceOf(TimeoutException.class)
                    .hasMessageContaining("not present in metadata");
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort))) {
                assertThat(admin.listTopics().names().get()).doesNotContain("never.declared");
            }
        }
    }

    private static void createTopic(int kafkaPort) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort))) {
            admin.createTopics(List.of(new NewTopic("local-stack.check", 1, (short) 1)))
                    .all()
                    .get();
        }
    }

    private static void produce(int kafkaPort, String key) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "127.0.0.1:" + kafkaPort,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-stack.check", key, "hello"))
                    .get();
        }
    }

    private static List<ConsumerRecord<String, String>> consume(int kafkaPort) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                        ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("local-stack.check"));
            Instant end = Instant.now().plusSeconds(30);
            while (records.isEmpty() && Instant.now().isBefore(end)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static int ready(int statusPort) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statusPort + "/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
