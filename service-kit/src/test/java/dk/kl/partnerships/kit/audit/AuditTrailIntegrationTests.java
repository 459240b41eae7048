package dk.kl.partnerships.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.audit.Actor;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.kit.messaging.EventDispatcher;
import dk.kl.partnerships.kit.messaging.MalformedEventException;
import dk.kl.partnerships.kit.messaging.ProcessedEvents;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.outbox.OutboxRelay;
import dk.kl.partnerships.kit.sample.Parcel;
import dk.kl.partnerships.kit.sample.SampleEvents;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditTrailIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    KafkaProbe probe;

    @BeforeEach
    void openProbe() {
        probe = KafkaProbe.reading(kafka, Topic.REGISTRATION_AUDIT.topicName());
    }

    @AfterEach
    void closeProbeAndSignOut() {
        probe.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyStoredEventHasItsAuditEntryInTheSameWriteNamingTheSignedInUser() {
        String id = UUID.randomUUID().toString();
        signIn("coordinator-630", "MUNICIPALITY", "630");
        String eventId;
        relay.stop();
        try {
            outbox.insert(
                    new Parcel(id, null, "NEW", BigDecimal.ONE, null), List.of(SampleEvents.withdrew(id, "630", "x")));

            List<Document> entries = outboxOf(id);
            assertThat(entries)
                    .extracting(e -> e.getString("topic"))
                    .containsExactly(Topic.ENROLMENTS.topicName(), Topic.REGISTRATION_AUDIT.topicName());
            Document audit = entries.get(1);
            assertThat(audit.getString("type")).isEqualTo(EventType.REGISTRATION_AUDIT_RECORDED.ceType());
            assertThat(audit.getString("source")).isEqualTo("/registration-service");
            assertThat(audit.getString("key")).isEqualTo("630");
            AuditRecorded entry = read(audit.getString("payload"));
            eventId = entries.get(0).getString("_id");
            assertThat(entry.eventId()).isEqualTo(eventId);
            assertThat(entry.eventType()).isEqualTo("MunicipalityWithdrew");
            assertThat(entry.service()).isEqualTo("registration-service");
            assertThat(entry.subject()).isEqualTo("630");
            assertThat(entry.programmeId()).isEqualTo("programme-1");
            assertThat(entry.municipalityCodes()).containsExactly("630");
            assertThat(entry.actor()).isEqualTo(Actor.user("coordinator-630", List.of("MUNICIPALITY"), "630"));
            assertThat(entry.recordedAt().truncatedTo(ChronoUnit.MILLIS))
                    .as("the time the change was stored at, by the injected clock")
                    .isEqualTo(entries.get(0).getDate("time").toInstant());
        } finally {
            relay.start();
        }

        List<ConsumerRecord<String, byte[]>> published =
                probe.await(r -> KafkaProbe.payload(r).contains(eventId), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key()).isEqualTo("630");
        assertThat(KafkaProbe.header(published.get(0), CloudEventHeaders.TYPE))
                .isEqualTo(EventType.REGISTRATION_AUDIT_RECORDED.ceType());
    }

    @Test
    void aChangeThatIsNotStoredLeavesNoAuditEntry() {
        String id = UUID.randomUUID().toString();
        signIn("kl-admin", "KL_ADMIN", null);
        Parcel original = outbox.insert(new Parcel(id, null, "NEW", BigDecimal.ONE, null), List.of());
        Parcel first = outbox.update(original.withStatus("FIRST", null), List.of());

        assertThatThrownBy(() -> outbox.update(original.withStatus("SECOND", null), List.of(withdrewFrom(id, "stale"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> outbox.insert(
                        new Parcel(id, null, "AGAIN", BigDecimal.ONE, null), List.of(withdrewFrom(id, "duplicate"))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(mongo.getCollection("parcels").find(new Document("_id", id)).first())
                .doesNotContainKey("_outbox");
        assertThat(probe.drain(r -> KafkaProbe.payload(r).contains(id), Duration.ofSeconds(3)))
                .as("audit entries naming the programme")
                .isEmpty();
        outbox.update(first.withStatus("WITHDRAWN", null), List.of(withdrewFrom(id, "now stored")));
        assertThat(probe.await(r -> KafkaProbe.payload(r).contains(id), 1, Duration.ofSeconds(20)))
                .as("the entry of a change that is stored, naming the programme")
                .hasSize(1);
    }

    @Test
    void aChangeWithoutAUserOrAnEventIsTheSystemsAndConcernsEveryMunicipalityTheEventNames() {
        String id = UUID.randomUUID().toString();
        relay.stop();
        try {
            outbox.insert(
                    new Parcel(id, null, "NEW", BigDecimal.ONE, null),
                    List.of(new NetworkFormed(id, "programme-1", "Netværk Syd", List.of("630", "657"), List.of())));

            AuditRecorded entry = read(outboxOf(id).get(1).getString("payload"));
            assertThat(entry.actor()).isEqualTo(Actor.system());
            assertThat(entry.municipalityCodes()).containsExactly("630", "657");
            assertThat(entry.subject()).isEqualTo("programme-1");
        } finally {
            relay.start();
        }
    }

    @Test
    void aChangeMadeWhileHandlingAnEventFollowsFromThatEvent() {
        AtomicReference<Actor> actor = new AtomicReference<>();
        EventDispatcher dispatcher = isolatedConsumers()
                .of(Topic.NETWORKS)
                .on(NetworkFormed.class, (event, metadata) -> actor.set(Actors.current()))
                .build();
        String eventId = UUID.randomUUID().toString();

        dispatcher.handle(record(
                EventType.NETWORK_FORMED,
                eventId,
                "programme-1",
                new NetworkFormed("n-1", "programme-1", "Netværk Syd", List.of("630"), List.of())));

        assertThat(actor.get()).isEqualTo(Actor.event("NetworkFormed", eventId));
        assertThat(Actors.current()).as("after the handler").isEqualTo(Actor.system());
    }

    @Test
    void anAuditEntryNamingAnotherServiceThanItsTopicsIsRefused() {
        EventDispatcher dispatcher = isolatedConsumers()
                .of(Topic.MEETING_AUDIT)
                .on(EventType.MEETING_AUDIT_RECORDED, AuditRecorded.class, (event, metadata) -> {})
                .build();
        AuditRecorded forged = new AuditRecorded(
                "registration-service",
                "e-1",
                "MunicipalityWithdrew",
                "630",
                null,
                List.of("630"),
                Actor.system(),
                Instant.EPOCH);

        assertThatThrownBy(() -> dispatcher.handle(record(
                        EventType.MEETING_AUDIT_RECORDED, UUID.randomUUID().toString(), "630", forged)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("names another publisher");
    }

    @Test
    void aUserWhoseSubjectIsAnEMailAddressIsRecordedByAPseudonym() {
        assertThat(Actors.userId("kl-admin")).isEqualTo("kl-admin");
        assertThat(Actors.userId("anne@kommune.dk"))
                .startsWith("sha256:")
                .doesNotContain("@")
                .isEqualTo(Actors.userId("anne@kommune.dk"));
    }

    /** A withdrawal from a programme of its own, so that its audit entry can be told from others. */
    private static MunicipalityWithdrew withdrewFrom(String programmeId, String reason) {
        return new MunicipalityWithdrew("e-" + programmeId, programmeId, "630", LocalDate.of(2026, 4, 1), reason);
    }

    private EventConsumers isolatedConsumers() {
        return new EventConsumers(
                new EventJson(), new ProcessedEvents(mongo, clock, Duration.ofDays(1)), new SimpleMeterRegistry());
    }

    private static Message<byte[]> record(EventType type, String id, String key, Object event) {
        return MessageBuilder.withPayload(JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.TYPE, type.ceType())
                .setHeader(CloudEventHeaders.ID, id)
                .setHeader(CloudEventHeaders.SOURCE, type.ceSource())
                .setHeader(CloudEventHeaders.SUBJECT, key)
                .setHeader(KafkaHeaders.RECEIVED_KEY, key)
                .build();
    }

    private static void signIn(String subject, String role, String municipality) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject);
        if (municipality != null) {
            jwt.claim("municipality", municipality);
        }
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new JwtAuthenticationToken(jwt.build(), List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private List<Document> outboxOf(String id) {
        return mongo.getCollection("parcels")
                .find(new Document("_id", id))
                .first()
                .getList("_outbox", Document.class);
    }

    private static AuditRecorded read(String payload) {
        JsonNode tree = JSON.readTree(payload);
        return JSON.treeToValue(tree, AuditRecorded.class);
    }
}
