package dk.kl.partnerships.kit.test;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import dk.kl.partnerships.kit.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka client for tests: reads topics from the beginning and sends hand-made records. */
public final class KafkaProbe implements AutoCloseable {

    private static final EventJson EVENT_JSON = new EventJson();
    /** One producer per broker for the whole test run: sending is synchronous, so order is kept. */
    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private KafkaProbe(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "probe-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    public static KafkaProbe reading(String bootstrapServers, String... topics) {
        return new KafkaProbe(bootstrapServers, List.of(topics));
    }

    /** Polls until at least {@code count} records seen so far match, or the timeout ends. */
    public List<ConsumerRecord<String, byte[]>> await(
            Predicate<ConsumerRecord<String, byte[]>> filter, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> matching = matching(filter);
        while (matching.size() < count && Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            matching = matching(filter);
        }
        return matching;
    }

    /** Everything that arrives within the duration, for asserting that nothing (more) came. */
    public List<ConsumerRecord<String, byte[]>> drain(
            Predicate<ConsumerRecord<String, byte[]>> filter, Duration duration) {
        Instant end = Instant.now().plus(duration);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return matching(filter);
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> filter) {
        return seen.stream().filter(filter).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofType(EventType type) {
        return record -> type.ceType().equals(header(record, CloudEventHeaders.TYPE));
    }

    public static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /**
     * Sends one record with CloudEvents headers as its publishing service would: the subject is the key,
     * the source the one the catalogue names for the type. Any header may be left out (null).
     */
    public static void send(
            String bootstrapServers, String topic, String key, String ceType, String ceId, String payload) {
        String source = EventType.ofCeType(ceType).map(EventType::ceSource).orElse(null);
        send(bootstrapServers, topic, key, key, source, ceType, ceId, payload);
    }

    /**
     * Sends one record with a subject and a source of the caller's choosing — a forged event, say. A null
     * key sends none; any null header is left out.
     */
    public static void send(
            String bootstrapServers,
            String topic,
            String key,
            String subject,
            String source,
            String ceType,
            String ceId,
            String payload) {
        try {
            KafkaProducer<String, byte[]> producer = PRODUCERS.computeIfAbsent(bootstrapServers, KafkaProbe::producer);
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
            addHeader(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            addHeader(record, CloudEventHeaders.TYPE, ceType);
            addHeader(record, CloudEventHeaders.ID, ceId);
            addHeader(record, CloudEventHeaders.SOURCE, source);
            addHeader(record, CloudEventHeaders.TIME, Instant.now().toString());
            addHeader(record, CloudEventHeaders.SUBJECT, subject);
            addHeader(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes a contract event as its producing service would; returns its {@code ce_id}. */
    public static String publish(String bootstrapServers, IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(bootstrapServers, event, id);
        return id;
    }

    /** Publishes a contract event under a given {@code ce_id}, e.g. to deliver it twice. */
    public static void publish(String bootstrapServers, IntegrationEvent event, String eventId) {
        EventType type = EventType.of(event);
        send(bootstrapServers, type.topic().topicName(), event.key(), type.ceType(), eventId, EVENT_JSON.write(event));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(2))));
        return producer;
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
