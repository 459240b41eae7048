package dk.kl.partnerships.benchmarks;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * What a finance system sees: a consumer of its own reading committed records of an invoice topic from
 * its end at the start, noting for each {@code InvoiceIssued} the event that caused it ({@code
 * cause.eventId}) and the record's time.
 */
final class InvoiceWatch implements AutoCloseable {

    private static final String INVOICE_ISSUED =
            EventType.of(InvoiceIssued.class).ceType();

    private final Map<String, Long> issuedAt = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    InvoiceWatch(String bootstrapServers, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "benchmark-watch-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(
                () -> {
                    try (consumer) {
                        while (running) {
                            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                                note(record);
                            }
                        }
                    }
                },
                "invoice-watch-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    private void note(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !INVOICE_ISSUED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        JsonNode cause = Events.JSON.readTree(record.value()).path("cause").path("eventId");
        if (cause.isString()) {
            issuedAt.putIfAbsent(cause.asString(), record.timestamp());
        }
    }

    /** When the invoice caused by the event was recorded (epoch millis), or null. */
    Long issuedAt(String eventId) {
        return issuedAt.get(eventId);
    }

    /** Waits until every one of the events has caused an invoice; false if the time ran out first. */
    boolean awaitAll(Collection<String> eventIds, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (eventIds.stream().allMatch(issuedAt::containsKey)) {
                return true;
            }
            PlatformProcess.sleep(100);
        }
        return false;
    }

    long count(Collection<String> eventIds) {
        return eventIds.stream().filter(issuedAt::containsKey).count();
    }

    @Override
    public void close() {
        running = false;
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
