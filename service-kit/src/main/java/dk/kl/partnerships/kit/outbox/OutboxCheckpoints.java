package dk.kl.partnerships.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

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
    private final Supplier<Admin> admins;
    private final Duration timeout;

    /** @param timeout how long reading the last checkpoint may take before the pass fails and is retried */
    public OutboxCheckpoints(
            String topic, Supplier<Consumer<String, byte[]>> consumers, Supplier<Admin> admins, Duration timeout) {
        this.topic = topic;
        this.consumers = consumers;
        this.admins = admins;
        this.timeout = timeout;
    }

    String topic() {
        return topic;
    }

    private void create() {
        try (Admin admin = admins.get()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create the outbox checkpoint topic " + topic, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not create the outbox checkpoint topic " + topic + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + topic, e);
        }
    }

    ProducerRecord<String, byte[]> record(List<String> eventIds) {
        return new ProducerRecord<>(topic, 0, KEY, String.join("\n", eventIds).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The event ids of the last committed checkpoint; none when nothing was ever published, in
     * which case the topic is created now — one partition, compacted — before any transaction uses it.
     */
    List<String> lastCommitted() {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
            if (partitions == null || partitions.isEmpty()) {
                create();
                return List.of();
            }
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
