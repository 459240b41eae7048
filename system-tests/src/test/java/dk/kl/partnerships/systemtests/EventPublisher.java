package dk.kl.partnerships.systemtests;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.Instalment;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A producer of the platform's events from outside it, as their publishing service would publish them:
 * JSON payload keyed as its topic says, with the CloudEvents headers (the source the catalogue names
 * for the type, the key as subject) — or forged.
 */
final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> kafka;

    EventPublisher(String bootstrapServers) {
        kafka = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Publishes the event and returns its {@code ce_id}. */
    String publish(IntegrationEvent event) {
        return publish(event, event.key());
    }

    /** Publishes the event under a record key and subject of the caller's choosing — a forged one, say. */
    String publish(IntegrationEvent event, String subject) {
        return publish(EventType.of(event).topic().topicName(), event, subject, Map.of());
    }

    /** Publishes the event to a topic of the caller's choosing (a dead-letter topic, say) with more headers. */
    String publish(String topic, IntegrationEvent event, String subject, Map<String, String> headers) {
        return send(topic, event, subject, subject, EventType.of(event).ceSource(), headers);
    }

    /**
     * Publishes the event as anyone able to produce to Kafka could: record key, {@code ce_subject} and
     * {@code ce_source} of the caller's choosing, a null subject or source leaving the header out.
     */
    String forge(IntegrationEvent event, String key, String subject, String source) {
        return send(EventType.of(event).topic().topicName(), event, key, subject, source, Map.of());
    }

    private String send(
            String topic,
            IntegrationEvent event,
            String key,
            String subject,
            String source,
            Map<String, String> headers) {
        EventType type = EventType.of(event);
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, Client.JSON.writeValueAsString(event));
        headers.forEach((name, value) -> record.headers().add(name, bytes(value)));
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(id));
        record.headers().add("ce_type", bytes(type.ceType()));
        if (source != null) {
            record.headers().add("ce_source", bytes(source));
        }
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        if (subject != null) {
            record.headers().add("ce_subject", bytes(subject));
        }
        record.headers().add("content-type", bytes("application/json"));
        try {
            kafka.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + type.eventName(), e.getCause());
        }
        return id;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** A programme as registration publishes it, starting in two months, with the kind's instalments. */
    static ProgrammePublished programme(ProgrammeKind kind) {
        LocalDate start = LocalDate.now(BusinessTime.ZONE).plusMonths(2);
        List<Instalment> plan = kind == ProgrammeKind.NETWORK
                ? List.of(new Instalment(0, BigDecimal.ONE))
                : List.of(new Instalment(0, new BigDecimal("0.50")), new Instalment(12, new BigDecimal("0.50")));
        return new ProgrammePublished(
                UUID.randomUUID().toString(),
                kind,
                "Published from outside " + kind,
                null,
                start,
                start.plusYears(1),
                new BigDecimal(kind == ProgrammeKind.NETWORK ? "45000.00" : "110000.00"),
                "DKK",
                new BigDecimal("25.00"),
                plan,
                List.of("faglig ledelse"),
                5,
                2,
                start.minusMonths(3),
                start.minusMonths(1),
                "dagtilbud");
    }

    /** A municipality joining the programme today, as registration publishes it. */
    static MunicipalityJoined joined(ProgrammePublished programme, String code) {
        return new MunicipalityJoined(
                UUID.randomUUID().toString(),
                programme.programmeId(),
                code,
                "Kommune " + code,
                LocalDate.now(BusinessTime.ZONE),
                new CouncilDecision(LocalDate.now(BusinessTime.ZONE), "SAG-" + code),
                new BillingDetails(
                        Scenario.EAN,
                        "29189900",
                        "REF-" + code,
                        new PostalAddress("Rådhuset", "7100", "Vejle", "DK"),
                        null,
                        null));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
