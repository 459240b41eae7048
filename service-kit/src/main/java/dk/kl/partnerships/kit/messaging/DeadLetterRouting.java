package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the dead-letter topic of a failed record {@code <topic>.<group>.dlq} (the group is the
 * service's name) and counts what is dead-lettered. {@link ConsumerFailureHandling} publishes the
 * record there with the reason in its headers, and the partition moves on.
 */
public class DeadLetterRouting {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final String consumerGroup;
    private final MeterRegistry meters;

    public DeadLetterRouting(String consumerGroup, MeterRegistry meters) {
        this.consumerGroup = consumerGroup;
        this.meters = meters;
    }

    /** The dead-letter topic of the record, counted and logged with the reason. */
    public String apply(ConsumerRecord<?, ?> record, Exception exception) {
        String deadLetterTopic = Topic.deadLetterTopic(record.topic(), consumerGroup);
        meters.counter("partnerships.events.dead.lettered", "topic", record.topic())
                .increment();
        log.error(
                "Dead-lettering record {}-{}@{} to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                deadLetterTopic,
                Failures.reason(exception));
        return deadLetterTopic;
    }
}
