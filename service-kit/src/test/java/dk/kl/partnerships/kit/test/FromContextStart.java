package dk.kl.partnerships.kit.test;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Starts a test context's new consumer group at the events published since the context began,
 * instead of at the beginning of the shared broker's topics. Without it every test class would
 * first work through the events of every class before it, each in a database of its own: a
 * class's wait would grow with the number of classes run before it. A partition the group has
 * already committed on (a context restarted on the same group) goes on from its commit.
 */
final class FromContextStart implements KafkaBindingRebalanceListener {

    private final Instant start;

    FromContextStart(Instant start) {
        this.start = start;
    }

    @Override
    public void onPartitionsAssigned(
            String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions, boolean initial) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        List<TopicPartition> fresh =
                partitions.stream().filter(p -> committed.get(p) == null).toList();
        if (fresh.isEmpty()) {
            return;
        }
        // The end first: an event published after it lies beyond it, so none falls between the two reads.
        Map<TopicPartition, Long> ends = consumer.endOffsets(fresh);
        Map<TopicPartition, Long> since = new HashMap<>();
        fresh.forEach(p -> since.put(p, start.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(since);
        for (TopicPartition partition : fresh) {
            OffsetAndTimestamp first = found.get(partition);
            consumer.seek(partition, first != null ? first.offset() : Objects.requireNonNull(ends.get(partition)));
        }
    }
}
