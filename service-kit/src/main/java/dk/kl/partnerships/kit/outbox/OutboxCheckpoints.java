package dk.kl.partnerships.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The relay's record of what it published: every relay transaction ends with a checkpoint record
 * listing the ids of the events it carried, committed atomically with them. After a crash the last
 * committed checkpoint tells which waiting events Kafka already has, so they are not published a
 * second time. Only the last one matters: the topic has one partition and is compacted.
 */
public final class OutboxCheckpoints {

    private static final String KEY = "relay";

    private final String topic;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Duration timeout;

    /**
     * @param topic   the checkpoint topic, as declared ({@code TopicDeclaration.outboxCheckpoints}); it must exist
     * @param timeout how long reading the last checkpoint may take before the pass fails and is retried
     */
    public OutboxCheckpoints(String topic, Supplier<Consumer<String, byte[]>> consumers, Duration timeout) {
        this.topic = topic;
        this.consumers = consumers;
        this.timeout = timeout;
    }

    String topic() {
        return topic;
    }

    ProducerRecord<String, byte[]> record(List<String> eventIds) {
        return new ProducerRecord<>(topic, 0, KEY, String.join("\n", eventIds).getBytes(StandardCharsets.UTF_8));
    }

    /** The event ids of the last committed checkpoint; none when nothing was ever published. */
    List<String> lastCommitted() {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(partition), timeout);
            long end = ends.getOrDefault(partition, 0L);
            if (end == 0) {
                return List.of();
            }
            // The last offsets may be transaction markers, which are never returned; look a little further back.
            consumer.seek(partition, Math.max(0, end - 50));
            ConsumerRecord<String, byte[]> last = null;
            Instant deadline = Instant.now().plus(timeout);
            while (consumer.position(partition) < end && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    last = record;
                }
            }
            if (consumer.position(partition) < end) {
                throw new IllegalStateException("Could not read the outbox checkpoint topic " + topic);
            }
            if (last == null || last.value() == null || last.value().length == 0) {
                return List.of();
            }
            return Arrays.asList(new String(last.value(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
