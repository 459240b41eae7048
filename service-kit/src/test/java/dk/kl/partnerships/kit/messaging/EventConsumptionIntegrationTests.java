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
    private static final String JOINED = EventType.MUNICIPALITY_JOINED.ceType();
    private static final String PUBLISHER = EventType.MUNICIPALITY_JOINED.ceSource();
    private static final Duration WAIT = Duration.ofSeconds(20);

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
    void aRecordWithoutAnEventTypeIsDeadLettered() {
        String code = uniqueCode();
        String eventId = UUID.randomUUID().toString();

        KafkaProbe.send(kafka, TOPIC, code, null, eventId, joinedPayload(code));

        assertRefused(eventId, "no ce_type");
    }

    @Test
    void anEventWithoutASubjectIsDeadLetteredWithoutEffect() {
        String code = uniqueCode();
        String eventId = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();

        KafkaProbe.send(kafka, TOPIC, code, null, PUBLISHER, JOINED, eventId, joinedPayload(code));

        assertRefused(eventId, "MunicipalityJoined " + eventId + " has no ce_subject header");
        assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 1);
    }

    @Test
    void anEventWhoseSubjectIsNotItsRecordKeyIsDeadLetteredWithoutEffect() {
        String code = uniqueCode();
        String otherCode = uniqueCode();
        String eventId = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();

        KafkaProbe.send(kafka, TOPIC, code, otherCode, PUBLISHER, JOINED, eventId, joinedPayload(code));

        assertRefused(eventId, "has the ce_subject " + otherCode + " but the record key " + code);
        assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 1);
    }

    @Test
    void anEventWhoseRecordKeyIsNotItsPayloadsIsDeadLetteredWithoutEffect() {
        String code = uniqueCode();
        String otherCode = uniqueCode();
        String eventId = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();

        // subject and key agree with each other, not with the municipality the payload would have invoiced
        KafkaProbe.send(kafka, TOPIC, otherCode, otherCode, PUBLISHER, JOINED, eventId, joinedPayload(code));

        assertRefused(eventId, "has the record key " + otherCode + " but its payload's municipalityCode is " + code);
        assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 1);
    }

    @Test
    void anEventWithoutARecordKeyIsDeadLetteredWithoutEffect() {
        String code = uniqueCode();
        String eventId = UUID.randomUUID().toString();

        KafkaProbe.send(kafka, TOPIC, null, code, PUBLISHER, JOINED, eventId, joinedPayload(code));

        assertRefused(eventId, "has the ce_subject " + code + " but the record key (none)");
    }

    @Test
    void anEventFromAnotherSourceThanItsPublisherIsDeadLetteredWithoutEffect() {
        String code = uniqueCode();
        String fromBilling = UUID.randomUUID().toString();
        String fromNowhere = UUID.randomUUID().toString();
        String withoutSource = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();

        KafkaProbe.send(kafka, TOPIC, code, code, "/billing-service", JOINED, fromBilling, joinedPayload(code));
        KafkaProbe.send(kafka, TOPIC, code, code, "/test", JOINED, fromNowhere, joinedPayload(code));
        KafkaProbe.send(kafka, TOPIC, code, code, null, JOINED, withoutSource, joinedPayload(code));

        assertRefused(
                fromBilling,
                "has the ce_source /billing-service, but MunicipalityJoined is published by /registration-service");
        assertRefused(fromNowhere, "has the ce_source /test");
        assertRefused(withoutSource, "has the ce_source (none)");
        assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 3);
    }

    @Test
    void aTypeOutsideTheCatalogueOrOfAnotherTopicIsDeadLettered() {
        String code = uniqueCode();
        String unknown = UUID.randomUUID().toString();
        String otherTopics = UUID.randomUUID().toString();

        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                code,
                PUBLISHER,
                "dk.kl.partnerships.registration.MunicipalityAnnexed.v1",
                unknown,
                joinedPayload(code));
        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                code,
                EventType.INVOICE_PAID.ceSource(),
                EventType.INVOICE_PAID.ceType(),
                otherTopics,
                joinedPayload(code));

        assertRefused(unknown, "MunicipalityAnnexed.v1, which is not in the event catalogue");
        assertRefused(otherTopics, "InvoicePaid.v1, which is published on billing.invoices.v1");
    }

    @Test
    void reasonsQuoteNoPayloadValuesAndOnlyIdentifiersFromTheHeaders() {
        String code = uniqueCode();
        String email = "mette.holm@vejle.dk";
        String badDate = UUID.randomUUID().toString();
        String mailKey = UUID.randomUUID().toString();

        KafkaProbe.send(
                kafka,
                TOPIC,
                code,
                JOINED,
                badDate,
                joinedPayload(code).replace("\"joinedOn\":\"2026-03-02\"", "\"joinedOn\":\"" + email + "\""));
        KafkaProbe.send(kafka, TOPIC, email, email, PUBLISHER, JOINED, mailKey, joinedPayload(code));

        assertRefused(badDate, "has an invalid payload at joinedOn: not a valid LocalDate");
        assertRefused(mailKey, "has the record key (19 characters, not an identifier) but its payload's");
        assertThat(deadLetters.await(r -> List.of(badDate, mailKey).contains(KafkaProbe.header(r, "ce_id")), 2, WAIT))
                .allSatisfy(r -> {
                    assertThat(KafkaProbe.header(r, "x-exception-message")).doesNotContain(email);
                    assertThat(KafkaProbe.header(r, "x-exception-stacktrace")).doesNotContain(email);
                });
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

    /** Dead-lettered with the reason, and never handled. */
    private void assertRefused(String eventId, String reason) {
        assertThat(deadLetters.await(r -> eventId.equals(KafkaProbe.header(r, "ce_id")), 1, WAIT))
                .singleElement()
                .satisfies(r ->
                        assertThat(KafkaProbe.header(r, "x-exception-message")).contains(reason));
        assertThat(joins.handled()).noneMatch(handled -> handled.endsWith(":" + eventId));
    }

    private double deadLettered() {
        return meters.counter("partnerships.events.dead.lettered", "topic", TOPIC)
                .count();
    }

    private String joinedPayload(String code) {
        return json.write(SampleEvents.joined(UUID.randomUUID().toString(), code));
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
