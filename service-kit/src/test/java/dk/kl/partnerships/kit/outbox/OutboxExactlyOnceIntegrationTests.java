package dk.kl.partnerships.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.sample.Parcel;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A relay killed after Kafka committed its transaction but before MongoDB forgot the events leaves
 * them waiting; its successor must recognise them from the last checkpoint and not publish them
 * again.
 */
@IntegrationTest
class OutboxExactlyOnceIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${partnerships.outbox.relay-id}")
    String relayId;

    @Test
    void eventsCommittedByARelayThatDiedBeforeForgettingThemAreNotPublishedTwice() throws Exception {
        String id = UUID.randomUUID().toString();
        relay.stop();
        Document entry;
        try {
            outbox.insert(
                    new Parcel(id, null, "NEW", BigDecimal.ONE, null), List.of(SampleEvents.programmeCompleted(id)));
            entry = mongo.getCollection("parcels")
                    .find(new Document("_id", id))
                    .first()
                    .getList(OutboxEntry.ARRAY, Document.class)
                    .get(0);
            publishAsTheDeadRelayDid(OutboxEntry.fromDocument(entry));
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.getCollection("parcels")
                        .find(new Document("_id", id))
                        .first()
                        .getList(OutboxEntry.ARRAY, Document.class)
                        .isEmpty());
        try (KafkaProbe probe = KafkaProbe.reading(kafka, Topic.PROGRAMMES.topicName())) {
            assertThat(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(4)))
                    .singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.header(r, "ce_id")).isEqualTo(entry.getString("_id")));
        }
    }

    private void publishAsTheDeadRelayDid(OutboxEntry entry) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka,
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        relayId + "-outbox"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    entry.topic(), entry.key(), entry.payload().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", entry.id().getBytes(StandardCharsets.UTF_8));
            producer.send(record);
            producer.send(new OutboxCheckpoints(relayId + ".outbox-checkpoints", null, Duration.ZERO)
                    .record(List.of(entry.id())));
            producer.commitTransaction();
        }
    }
}
