package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Replays the records of one of this service's dead-letter topics into the consumer that gave up on
 * them, once their cause is mended: in the order they were dead-lettered (the topic has one
 * partition, so per key too), each through the same handling as the first time — an event handled
 * meanwhile is skipped, so a re-drive is safe to repeat. A record that fails again stays: the next
 * re-drive starts from it, and records of its key after it are held back so their order is kept;
 * other keys go on. Each run handles a bounded number of records and says what it did.
 *
 * <p>Progress is kept as the committed offset of the consumer group {@code <group>.dlq-redrive} on
 * the dead-letter topic, so every instance of the service continues where the last re-drive stopped.
 */
public class DeadLetterRedrive {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);

    private final EventConsumers consumers;
    private final Supplier<Consumer<byte[], byte[]>> readers;
    private final String consumerGroup;
    private final int limit;
    private final Duration timeout;

    /**
     * @param readers       Kafka consumers in the group {@link #progressGroup(String)}, not subscribed, auto-commit off
     * @param consumerGroup the service's consumer group, whose dead letters these are
     * @param limit         the most records one re-drive handles
     */
    public DeadLetterRedrive(
            EventConsumers consumers,
            Supplier<Consumer<byte[], byte[]>> readers,
            String consumerGroup,
            int limit,
            Duration timeout) {
        this.consumers = consumers;
        this.readers = readers;
        this.consumerGroup = consumerGroup;
        this.limit = limit;
        this.timeout = timeout;
    }

    public static String progressGroup(String consumerGroup) {
        return consumerGroup + ".dlq-redrive";
    }

    /** What one re-drive did. */
    public record Report(
            String topic,
            String deadLetterTopic,
            long fromOffset,
            long toOffset,
            int processed,
            int duplicates,
            int ignored,
            List<Failed> failed,
            int heldBack,
            long waiting) {}

    /** A dead letter that failed again, and why. */
    public record Failed(long offset, String key, String eventId, String reason) {}

    /** A dead-letter topic of this service and how many of its records have not been re-driven yet. */
    public record DeadLetters(String topic, String deadLetterTopic, long waiting) {}

    /** This service's dead-letter topics, one per topic it consumes. */
    public List<DeadLetters> deadLetters() {
        List<DeadLetters> all = new ArrayList<>();
        try (Consumer<byte[], byte[]> reader = readers.get()) {
            for (Topic topic : Topic.values()) {
                if (consumers.consumerOf(topic).isPresent()) {
                    TopicPartition partition = new TopicPartition(topic.deadLetterTopic(consumerGroup), 0);
                    long end = reader.endOffsets(List.of(partition), timeout).getOrDefault(partition, 0L);
                    all.add(new DeadLetters(topic.topicName(), partition.topic(), end - start(reader, partition)));
                }
            }
        }
        return all;
    }

    /**
     * Re-drives the dead letters of one consumed topic.
     *
     * @throws IllegalArgumentException when this service does not consume the topic
     */
    public Report redrive(String topicName) {
        Topic topic =
                Topic.ofName(topicName).orElseThrow(() -> new IllegalArgumentException("No such topic: " + topicName));
        EventDispatcher consumer = consumers
                .consumerOf(topic)
                .orElseThrow(() -> new IllegalArgumentException("This service does not consume " + topicName));
        TopicPartition partition = new TopicPartition(topic.deadLetterTopic(consumerGroup), 0);
        try (Consumer<byte[], byte[]> reader = readers.get()) {
            reader.assign(List.of(partition));
            long from = start(reader, partition);
            long end = reader.endOffsets(List.of(partition), timeout).getOrDefault(partition, 0L);
            reader.seek(partition, from);
            Run run = new Run(from);
            Instant deadline = Instant.now().plus(timeout);
            while (run.position < end && run.handled < limit && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end || run.handled >= limit) {
                        break;
                    }
                    run.handle(record, consumer);
                    deadline = Instant.now().plus(timeout);
                }
            }
            reader.commitSync(Map.of(partition, new OffsetAndMetadata(run.committable)), timeout);
            Report report = new Report(
                    topicName,
                    partition.topic(),
                    from,
                    run.position,
                    run.processed,
                    run.duplicates,
                    run.ignored,
                    List.copyOf(run.failed),
                    run.heldBack,
                    end - run.committable);
            log.info("Re-drove dead letters: {}", report);
            return report;
        }
    }

    private long start(Consumer<byte[], byte[]> reader, TopicPartition partition) {
        OffsetAndMetadata committed =
                reader.committed(Set.of(partition), timeout).get(partition);
        if (committed != null) {
            return committed.offset();
        }
        return reader.beginningOffsets(List.of(partition), timeout).getOrDefault(partition, 0L);
    }

    /** The state of one re-drive. */
    private static final class Run {

        private final Set<String> failedKeys = new HashSet<>();
        private final List<Failed> failed = new ArrayList<>();
        private long position;
        private long committable;
        private int handled;
        private int processed;
        private int duplicates;
        private int ignored;
        private int heldBack;

        Run(long from) {
            this.position = from;
            this.committable = from;
        }

        void handle(ConsumerRecord<byte[], byte[]> record, EventDispatcher consumer) {
            position = record.offset() + 1;
            handled++;
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            if (failedKeys.contains(key)) {
                heldBack++;
                return;
            }
            try {
                switch (consumer.handle(message(record))) {
                    case PROCESSED -> processed++;
                    case DUPLICATE -> duplicates++;
                    case IGNORED -> ignored++;
                }
                if (failed.isEmpty()) {
                    committable = position;
                }
            } catch (RuntimeException e) {
                failedKeys.add(key);
                failed.add(new Failed(record.offset(), key, header(record, CloudEventHeaders.ID), Failures.reason(e)));
            }
        }

        private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record) {
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value());
            for (Header header : record.headers()) {
                message.setHeader(header.key(), header.value());
            }
            // As the binder hands it over: the key is proven against the subject and the payload again.
            if (record.key() != null) {
                message.setHeader(KafkaHeaders.RECEIVED_KEY, record.key());
            }
            return message.build();
        }

        private static String header(ConsumerRecord<?, ?> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
