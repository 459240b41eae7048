package dk.kl.partnerships.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import dk.kl.partnerships.kit.sample.Parcel;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class OutboxIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    KafkaProbe probe;

    @BeforeEach
    void openProbe() {
        probe = KafkaProbe.reading(kafka, Topic.ENROLMENTS.topicName(), Topic.PROGRAMMES.topicName());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void publishesStoredEventsInOrderWithCloudEventsHeadersAndThenForgetsThem() {
        String id = UUID.randomUUID().toString();
        outbox.insert(
                new Parcel(id, null, "NEW", new BigDecimal("110000.00"), null),
                List.of(SampleEvents.joined(id, "630"), SampleEvents.withdrew(id, "630", "changed plans")));

        List<ConsumerRecord<String, byte[]>> records =
                probe.await(r -> KafkaProbe.payload(r).contains(id), 2, Duration.ofSeconds(20));

        assertThat(records).hasSize(2);
        assertThat(records)
                .extracting(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE))
                .containsExactly(EventType.MUNICIPALITY_JOINED.ceType(), EventType.MUNICIPALITY_WITHDREW.ceType());
        ConsumerRecord<String, byte[]> joined = records.get(0);
        assertThat(joined.topic()).isEqualTo(Topic.ENROLMENTS.topicName());
        assertThat(joined.key()).isEqualTo("630");
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.SOURCE)).isEqualTo("/registration-service");
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.SUBJECT)).isEqualTo("630");
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(KafkaProbe.header(joined, CloudEventHeaders.TRACEPARENT))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document raw = rawParcel(id);
            assertThat(raw).doesNotContainKey(OutboxEntry.SINCE);
            assertThat(raw.getList(OutboxEntry.ARRAY, Document.class)).isEmpty();
        });
    }

    @Test
    void storesStateAndEventsTogetherAndMapsMoneyToDecimal128() {
        String id = UUID.randomUUID().toString();
        relay.stop();
        try {
            outbox.insert(
                    new Parcel(id, null, "NEW", new BigDecimal("55000.00"), "first"),
                    List.of(SampleEvents.programmeCompleted(id)));

            Document raw = rawParcel(id);
            assertThat(raw.get("amount")).isInstanceOf(org.bson.types.Decimal128.class);
            assertThat(raw.getList(OutboxEntry.ARRAY, Document.class))
                    .as("the event and its audit entry")
                    .hasSize(2);
            assertThat(raw.get(OutboxEntry.SINCE)).isNotNull();
        } finally {
            relay.start();
        }
    }

    @Test
    void updateAppendsEventsWithoutTouchingThoseStillWaiting() {
        String id = UUID.randomUUID().toString();
        relay.stop();
        try {
            Parcel parcel = outbox.insert(
                    new Parcel(id, null, "NEW", BigDecimal.TEN, "keep me"),
                    List.of(SampleEvents.programmeCompleted(id)));
            Parcel updated =
                    outbox.update(parcel.withStatus("SENT", null), List.of(SampleEvents.programmeCompleted(id)));

            Document raw = rawParcel(id);
            assertThat(updated.version()).isEqualTo(1L);
            assertThat(raw.getString("status")).isEqualTo("SENT");
            assertThat(raw).doesNotContainKey("note");
            assertThat(raw.getList(OutboxEntry.ARRAY, Document.class))
                    .as("two events, each with its audit entry")
                    .hasSize(4);
        } finally {
            relay.start();
        }

        assertThat(probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20)))
                .hasSize(2);
    }

    @Test
    void aStaleUpdateStoresNothing() {
        String id = UUID.randomUUID().toString();
        Parcel original = outbox.insert(new Parcel(id, null, "NEW", BigDecimal.ONE, null), List.of());
        outbox.update(original.withStatus("FIRST", null), List.of());

        assertThatThrownBy(() -> outbox.update(
                        original.withStatus("SECOND", null), List.of(SampleEvents.programmeCompleted(id))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Document raw = rawParcel(id);
        assertThat(raw.getString("status")).isEqualTo("FIRST");
        assertThat(raw).doesNotContainKey(OutboxEntry.ARRAY);
        assertThat(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aDuplicateInsertStoresNothing() {
        String id = UUID.randomUUID().toString();
        outbox.insert(new Parcel(id, null, "NEW", BigDecimal.ONE, null), List.of(SampleEvents.programmeCompleted(id)));

        assertThatThrownBy(() -> outbox.insert(
                        new Parcel(id, null, "OTHER", BigDecimal.TEN, null),
                        List.of(SampleEvents.programmeCompleted(id))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(5)))
                .hasSize(1);
        assertThat(rawParcel(id).getString("status")).isEqualTo("NEW");
    }

    private Document rawParcel(String id) {
        return mongo.getCollection("parcels").find(new Document("_id", id)).first();
    }
}
