package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;

/**
 * Names the dead-letter topic of a failed record {@code <topic>.<group>.dlq} (the group is the
 * service's name) and counts what is dead-lettered. The binder publishes the record there with the
 * exception in its headers after the retries, and the partition moves on.
 */
public class DeadLetterRouting implements DlqDestinationResolver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final String consumerGroup;
    private final MeterRegistry meters;

    public DeadLetterRouting(String consumerGroup, MeterRegistry meters) {
        this.consumerGroup = consumerGroup;
        this.meters = meters;
    }

    @Override
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
                rootMessage(exception));
        return deadLetterTopic;
    }

    private static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
