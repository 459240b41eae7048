package dk.kl.partnerships.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.sample.JoinLog;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@IntegrationTest
class EventConsumptionIntegrationTests {

    private static final String TOPIC = Topic.ENROLMENTS.topicName();

    @Autowired
    JoinLog joins;

    @Autowired
    EventJson json;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${spring.cloud.stream.default.group}")
    String group;

    KafkaProbe deadLetters;

    @BeforeEach
    void watchDeadLetters() {
        deadLetters = KafkaProbe.reading(kafka, Topic.deadLetterTopic(TOPIC, group));
    }

    @AfterEach
    void close() {
        deadLetters.close();
    }

    @Test
    void handlesAnEventOnceThoughItIsDeliveredTwice() {
        String code = uniqueCode();
        String eventId = UUID.randomUUID().toString();
        String payload = json.write(SampleEvents.joined(UUID.randomUUID().toString(), code));

        KafkaProbe.send(kafka, TOPIC, code, EventType.MUNICIPALITY_JOINED.ceType(), eventId, payload);
        KafkaProbe.send(kafka, TOPIC, code, EventType.MUNICIPALITY_JOINED.ceType(), eventId, payload);
        String later = sendValidJoin(code);

        await().atMost(Duration.ofSeconds(30)).until(() -> joins.handled().contains(code + ":" + later));
        assertThat(joins.handled()).containsOnlyOnce(code + ":" + eventId);
        assertThat(meters.counter(
                                "partnerships.events.consumed",
                                "topic",
                                TOPIC,
                                "event",
                                "MunicipalityJoined",
                                "outcome",
                                "duplicate")
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMalformedPayloadIsDeadLetteredAtOnceAndTheNextEventOfItsKeyIsHandled() {
        String code = uniqueCode();
        String poison = UUID.randomUUID().toString();

        KafkaProbe.send(kafka, TOPIC, code, EventType.MUNICIPALITY_JOINED.ceType(), poison, "{not json at all");
        String next = sendValidJoin(code);

        await().atMost(Duration.ofSeconds(30)).until(() -> joins.handled().contains(code + ":" + next));
        List<ConsumerRecord<String, byte[]>> dead =
                deadLetters.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "ce_id")).isEqualTo(poison);
        assertThat(KafkaProbe.header(dead.get(0), "x-original-topic")).isEqualTo(TOPIC);
        assertThat(KafkaProbe.header(dead.get(0), "x-exception-message")).contains("invalid payload");
        assertThat(meters.counter("partnerships.events.dead.lettered", "topic", TOPIC)
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPayloadMissingARequiredFieldIsDeadLettered() {
        String code = uniqueCode();
        String payload = json.write(SampleEvents.joined(UUID.randomUUID().toString(), code))
                .replace("\"joinedOn\":\"2026-03-02\",", "");

        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                EventType.MUNICIPALITY_JOINED.ceType(),
                UUID.randomUUID().toString(),
                payload);

        List<ConsumerRecord<String, byte[]>> dead =
                deadLetters.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "x-exception-message")).contains("joinedOn");
    }

    @Test
    void aFailingHandlerIsRetriedThreeTimesInAllThenDeadLettered() {
        String code = uniqueCode();
        String failing = UUID.randomUUID().toString();
        int attemptsBefore = joins.failedAttempts();

        sendWithdrawal(code, failing, "fail on purpose");
        String next = sendValidJoin(code);

        await().atMost(Duration.ofSeconds(30)).until(() -> joins.handled().contains(code + ":" + next));
        assertThat(joins.failedAttempts() - attemptsBefore).isEqualTo(3);
        assertThat(deadLetters.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(r -> assertThat(KafkaProbe.header(r, "ce_id")).isEqualTo(failing));
    }

    @Test
    void aTransientFailureIsRetriedUntilItPassesAndNeverDeadLettered() {
        String code = uniqueCode();
        String unreachableFiveTimes = UUID.randomUUID().toString();
        int attemptsBefore = joins.failedAttempts();

        sendWithdrawal(code, unreachableFiveTimes, "unreachable 5");

        await().atMost(Duration.ofSeconds(60)).until(() -> joins.handled().contains(code + ":" + unreachableFiveTimes));
        assertThat(joins.failedAttempts() - attemptsBefore).isEqualTo(5);
        assertThat(deadLetters.drain(r -> code.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void aRecordAwaitingAnotherTopicsEventIsRetriedUntilThatArrivesAndDeadLetteredOnlyWhenItNeverDoes() {
        String code = uniqueCode();
        String awaitingFiveAttempts = UUID.randomUUID().toString();
        String awaitingForever = UUID.randomUUID().toString();
        int attemptsBefore = joins.failedAttempts();

        sendWithdrawal(code, awaitingFiveAttempts, "awaiting 5");

        // more than the binding's three attempts: not treated as a handler fault
        await().atMost(Duration.ofSeconds(60)).until(() -> joins.handled().contains(code + ":" + awaitingFiveAttempts));
        assertThat(joins.failedAttempts() - attemptsBefore).isEqualTo(5);
        assertThat(deadLetters.drain(r -> code.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();

        sendWithdrawal(code, awaitingForever, "awaiting forever");
        String next = sendValidJoin(code);

        // dead-lettered once the waiting limit (15 s in the tests) has passed, and the key flows on
        assertThat(deadLetters.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(60)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(KafkaProbe.header(r, "ce_id")).isEqualTo(awaitingForever);
                    assertThat(KafkaProbe.header(r, "x-exception-message"))
                            .isEqualTo("Not known yet: the programme of " + awaitingForever);
                });
        await().atMost(Duration.ofSeconds(30)).until(() -> joins.handled().contains(code + ":" + next));
    }

    @Test
    void recordsWithoutAnEventTypeOrWithAForeignSubjectAreDeadLettered() {
        String code = uniqueCode();
        String payload = json.write(SampleEvents.joined(UUID.randomUUID().toString(), code));

        KafkaProbe.send(kafka, TOPIC, code, null, UUID.randomUUID().toString(), payload);
        String otherCode = uniqueCode();
        KafkaProbe.send(
                kafka,
                TOPIC,
                otherCode,
                EventType.MUNICIPALITY_JOINED.ceType(),
                UUID.randomUUID().toString(),
                payload);

        assertThat(deadLetters.await(r -> code.equals(r.key()) || otherCode.equals(r.key()), 2, Duration.ofSeconds(20)))
                .extracting(r -> KafkaProbe.header(r, "x-exception-message"))
                .anySatisfy(message -> assertThat(message).contains("no ce_type"))
                .anySatisfy(message -> assertThat(message).contains("subject " + otherCode));
    }

    @Test
    void eventTypesWithoutAHandlerAreIgnoredNotDeadLettered() {
        String code = uniqueCode();
        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                EventType.PARTICIPANT_REMOVED.ceType(),
                UUID.randomUUID().toString(),
                "{\"enrolmentId\":\"e\",\"programmeId\":\"p\",\"municipalityCode\":\"" + code
                        + "\",\"participantId\":\"x\"}");
        String next = sendValidJoin(code);

        await().atMost(Duration.ofSeconds(30)).until(() -> joins.handled().contains(code + ":" + next));
        assertThat(deadLetters.drain(r -> code.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
        assertThat(meters.counter(
                                "partnerships.events.consumed",
                                "topic",
                                TOPIC,
                                "event",
                                "ParticipantRemoved",
                                "outcome",
                                "ignored")
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    /** A withdrawal whose reason tells the sample handler how to fail ({@link JoinLog#failOrRecord}). */
    private void sendWithdrawal(String code, String eventId, String reason) {
        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                EventType.MUNICIPALITY_WITHDREW.ceType(),
                eventId,
                json.write(SampleEvents.withdrew(UUID.randomUUID().toString(), code, reason)));
    }

    private String sendValidJoin(String code) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                EventType.MUNICIPALITY_JOINED.ceType(),
                eventId,
                json.write(SampleEvents.joined(UUID.randomUUID().toString(), code)));
        return eventId;
    }

    private static String uniqueCode() {
        return UUID.randomUUID().toString();
    }
}
