package dk.kl.partnerships.benchmarks;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration's events as registration-service's outbox relay publishes them: the JSON payload keyed as
 * the topic says, with the CloudEvents headers the relay sets (ce_source the publisher's own), by an
 * idempotent {@code acks=all} producer.
 */
final class Events implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EAN = "5798000012349";

    private final KafkaProducer<String, String> kafka;

    Events(String bootstrapServers) {
        kafka = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Sends the event to its own topic without waiting; where it was written, once it was. */
    Future<RecordMetadata> send(IntegrationEvent event) {
        ProducerRecord<String, String> record =
                record(EventType.of(event).topic().topicName(), event);
        return kafka.send(record);
    }

    /** Sends the event, with the headers of its type, to a topic of the caller's choosing; its {@code ce_id}. */
    String send(String topic, IntegrationEvent event) {
        ProducerRecord<String, String> record = record(topic, event);
        kafka.send(record, (metadata, failure) -> {
            if (failure != null) {
                failure.printStackTrace();
            }
        });
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, String> record(String topic, IntegrationEvent event) {
        EventType type = EventType.of(event);
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, event.key(), JSON.writeValueAsString(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", type.ceSource());
        header(record, "ce_type", type.ceType());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", event.key());
        header(record, "content-type", "application/json");
        return record;
    }

    void flush() {
        kafka.flush();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A network programme (one instalment: one invoice per municipality that joins), starting in three months. */
    static ProgrammePublished programme() {
        LocalDate start = LocalDate.now(BusinessTime.ZONE).plusMonths(3);
        return new ProgrammePublished(
                UUID.randomUUID().toString(),
                ProgrammeKind.NETWORK,
                "Benchmark network",
                null,
                start,
                start.plusYears(1),
                new BigDecimal("45000.00"),
                "DKK",
                new BigDecimal("25.00"),
                List.of(new Instalment(0, BigDecimal.ONE)),
                List.of("faglig ledelse"),
                5,
                2,
                start.minusMonths(2),
                start.minusMonths(1),
                "dagtilbud");
    }

    /** A municipality joining the programme today, as registration publishes it. */
    static MunicipalityJoined joined(String programmeId, String code) {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        return new MunicipalityJoined(
                UUID.randomUUID().toString(),
                programmeId,
                code,
                Processes.Municipalities.name(code),
                today,
                new CouncilDecision(today, "SAG-" + code),
                new BillingDetails(
                        EAN,
                        "29189900",
                        "REF-" + code,
                        new PostalAddress("Rådhuset", "7100", "Vejle", "DK"),
                        null,
                        null));
    }

    /**
     * {@code count} joinings over as many programmes as it takes, each of the 98 municipalities at most
     * once per programme; the programmes' ids first.
     */
    static Workload workload(int count) {
        List<String> codes = Processes.Municipalities.codes();
        List<ProgrammePublished> programmes = new ArrayList<>();
        List<MunicipalityJoined> joinings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % codes.size() == 0) {
                programmes.add(programme());
            }
            joinings.add(joined(programmes.get(programmes.size() - 1).programmeId(), codes.get(i % codes.size())));
        }
        return new Workload(programmes, joinings);
    }

    record Workload(List<ProgrammePublished> programmes, List<MunicipalityJoined> joinings) {}

    @Override
    public void close() {
        kafka.close();
    }
}
