package dk.kl.partnerships.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.SampleApplication;
import dk.kl.partnerships.kit.sample.Parcel;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.TestInfrastructure;
import dk.kl.partnerships.localstack.KafkaBroker;
import dk.kl.partnerships.security.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Events stored while Kafka is unreachable are neither lost nor block the service: the relay
 * backs off and retries, and a restarted service publishes what its predecessor left waiting.
 */
class OutboxRecoveryIntegrationTests {

    private final int kafkaPort = TestInfrastructure.freePort();
    private final String kafka = "127.0.0.1:" + kafkaPort;

    @TempDir
    Path kafkaData;

    private final String database =
            "outbox-recovery-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eventsStoredWhileKafkaIsDownArePublishedOnceItIsBackEvenAfterARestart() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext service = startService()) {
            service.getBean(Outbox.class).insert(parcel(first), List.of(SampleEvents.programmeCompleted(first)));

            await().atMost(Duration.ofSeconds(30)).until(() -> failures(service) >= 2);
            assertThat(waiting(service, first))
                    .as("the event and its audit entry")
                    .hasSize(2);
        }

        KafkaBroker broker = TestInfrastructure.startKafka(kafkaPort, kafkaData);
        try (ConfigurableApplicationContext restarted = startService();
                KafkaProbe probe = KafkaProbe.reading(kafka, "registration.programmes.v1")) {
            assertThat(probe.await(r -> first.equals(r.key()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> waiting(restarted, first).isEmpty());

            broker.close();
            double failuresBefore = failures(restarted);
            restarted.getBean(Outbox.class).insert(parcel(second), List.of(SampleEvents.programmeCompleted(second)));
            await().atMost(Duration.ofSeconds(30)).until(() -> failures(restarted) > failuresBefore);
            assertThat(waiting(restarted, second))
                    .as("the event and its audit entry")
                    .hasSize(2);

            broker = TestInfrastructure.startKafka(kafkaPort, kafkaData);
            try (KafkaProbe afterOutage = KafkaProbe.reading(kafka, "registration.programmes.v1")) {
                assertThat(afterOutage.await(r -> second.equals(r.key()), 1, Duration.ofSeconds(60)))
                        .hasSize(1);
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> waiting(restarted, second).isEmpty());
        } finally {
            broker.close();
        }
    }

    private ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(SampleApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                        "--spring.mongodb.database=" + database,
                        "--partnerships.outbox.relay-id=" + database,
                        "--spring.cloud.function.definition=",
                        "--spring.cloud.stream.function.autodetect=false",
                        "--server.port=0",
                        "--partnerships.security.issuer=" + TestTokens.issuer(),
                        "--partnerships.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        "--partnerships.outbox.poll-interval=200ms",
                        "--partnerships.outbox.initial-back-off=100ms",
                        "--partnerships.outbox.max-back-off=1s",
                        "--partnerships.outbox.send-timeout=2s");
    }

    private static Parcel parcel(String id) {
        return new Parcel(id, null, "NEW", BigDecimal.TEN, null);
    }

    private static double failures(ConfigurableApplicationContext service) {
        return service.getBean(MeterRegistry.class)
                .counter("partnerships.outbox.publish.failures")
                .count();
    }

    private static List<Document> waiting(ConfigurableApplicationContext service, String id) {
        Document raw = service.getBean(MongoTemplate.class)
                .getCollection("parcels")
                .find(new Document("_id", id))
                .first();
        return raw.getList(OutboxEntry.ARRAY, Document.class, List.of());
    }
}
