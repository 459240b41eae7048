package dk.kl.partnerships.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay.
 *
 * @param pollInterval  how often the relay looks for waiting events when no write woke it up
 * @param batchSize     how many documents per collection one pass reads at most
 * @param initialBackOff first pause after a failed pass (Kafka or MongoDB unavailable); doubles up to {@code maxBackOff}
 * @param maxBackOff    longest pause between failed passes
 * @param sendTimeout   how long a pass waits for Kafka to acknowledge its records
 * @param leaseTime     how long one instance keeps the right to relay; another instance takes over after it
 * @param relayId       names the relay's transactional producer and checkpoint topic; all instances of a
 *                      service share it (default: the application name)
 */
@ConfigurationProperties("partnerships.outbox")
public record OutboxProperties(
        Duration pollInterval,
        Integer batchSize,
        Duration initialBackOff,
        Duration maxBackOff,
        Duration sendTimeout,
        Duration leaseTime,
        String relayId) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        initialBackOff = initialBackOff == null ? Duration.ofMillis(250) : initialBackOff;
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(30) : maxBackOff;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        leaseTime = leaseTime == null ? Duration.ofSeconds(15) : leaseTime;
    }
}
