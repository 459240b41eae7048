package dk.kl.partnerships.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a downstream consumer (a finance system, say) sees on a topic: a plain Kafka consumer of its
 * own, reading committed records from the beginning.
 */
final class EventLog implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> seen = new ArrayList<>();

    EventLog(String kafka, String... topics) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "system-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    List<Event> await(Predicate<Event> filter, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (matching(filter).size() < count && Instant.now().isBefore(end)) {
            poll();
        }
        return matching(filter);
    }

    /** Everything seen after reading on for a while longer, to be sure nothing more arrives. */
    List<Event> settle(Predicate<Event> filter, Duration quiet) {
        Instant end = Instant.now().plus(quiet);
        while (Instant.now().isBefore(end)) {
            poll();
        }
        return matching(filter);
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
            seen.add(new Event(
                    record.topic(),
                    record.key(),
                    header(record, "ce_id"),
                    header(record, "ce_type"),
                    new String(record.value(), StandardCharsets.UTF_8),
                    header(record, "traceparent"),
                    headers(record)));
        }
    }

    private List<Event> matching(Predicate<Event> filter) {
        return seen.stream().filter(filter).toList();
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A record as read; {@code headers} holds the last value of each header (a dead letter's reason among them). */
    record Event(
            String topic,
            String key,
            String id,
            String type,
            String payload,
            String traceparent,
            Map<String, String> headers) {

        String header(String name) {
            return headers.get(name);
        }

        boolean is(String eventName) {
            return type != null && type.endsWith("." + eventName + ".v1");
        }
    }
}
