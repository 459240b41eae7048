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
 * @param sendTimeout   how long a pass waits for Kafka to acknowledge its records (and for each other answer from Kafka)
 * @param leaseTime     how long one instance keeps the right to relay after it last renewed it; another instance
 *                      takes over after it. Renewed before every commit, so it must be longer than the send timeout:
 *                      then no pass outlives its lease.
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
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        leaseTime = leaseTime == null ? sendTimeout.multipliedBy(2) : leaseTime;
        if (leaseTime.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("partnerships.outbox.lease-time (" + leaseTime
                    + ") must be longer than partnerships.outbox.send-timeout (" + sendTimeout
                    + "), or a pass could outlive the lease and two instances would fence each other");
        }
    }
}
