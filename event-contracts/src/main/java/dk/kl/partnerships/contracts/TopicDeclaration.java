package dk.kl.partnerships.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a Kafka topic of the platform is created: the one place that says how many partitions, how many
 * replicas, how many of them must have a record before it counts as written, and how long records
 * are kept, for the event topics, their dead-letter topics and the outbox relays' checkpoint topics.
 * The services create what is missing at start-up and report what differs; {@code deploy/k8s} holds
 * the same as Strimzi {@code KafkaTopic} resources (a test keeps the two in step).
 *
 * @param name              the topic
 * @param partitions        how many partitions
 * @param replicationFactor how many brokers hold each partition (a cluster with fewer brokers gets as many as it has)
 * @param configs           topic configuration: {@code min.insync.replicas}, {@code retention.ms}, {@code cleanup.policy}, ...
 */
public record TopicDeclaration(String name, int partitions, int replicationFactor, Map<String, String> configs) {

    /** Three copies of every record, so one broker can be lost (or restarted) without losing any. */
    public static final int REPLICATION_FACTOR = 3;
    /** A write is acknowledged ({@code acks=all}) once two replicas have it. */
    public static final int MIN_IN_SYNC_REPLICAS = 2;
    /**
     * Events are the services' record of each other's changes: kept, so a new consumer can read from
     * the start (those carrying personal data only for {@link #PERSONAL_DATA_RETENTION}).
     */
    public static final String KEEP_FOREVER = "-1";
    /**
     * How long a topic whose events carry personal data keeps them: the longest programme (two years)
     * and then the three years registration keeps participants after a programme ends
     * ({@code partnerships.registration.personal-data-retention}), so no name or e-mail address lives on
     * in Kafka long after the stores have erased it. A consumer added later reads such a topic from
     * what is left of it.
     */
    public static final Duration PERSONAL_DATA_RETENTION = Duration.ofDays(5 * 365 + 1);
    /** Dead letters wait this long for an operator to re-drive them (the alert fires at once). */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
    /** The largest record an event topic accepts (Kafka's default, stated): a larger one is parked by the relay. */
    public static final int MAX_MESSAGE_BYTES = 1_048_588;

    public static final String MIN_IN_SYNC_REPLICAS_CONFIG = "min.insync.replicas";
    public static final String RETENTION_MS_CONFIG = "retention.ms";
    public static final String CLEANUP_POLICY_CONFIG = "cleanup.policy";
    public static final String MAX_MESSAGE_BYTES_CONFIG = "max.message.bytes";

    public TopicDeclaration {
        configs = Collections.unmodifiableMap(new TreeMap<>(configs));
    }

    /** An event topic. */
    public static TopicDeclaration of(Topic topic) {
        return new TopicDeclaration(
                topic.topicName(),
                topic.partitions(),
                REPLICATION_FACTOR,
                Map.of(
                        MIN_IN_SYNC_REPLICAS_CONFIG,
                        String.valueOf(MIN_IN_SYNC_REPLICAS),
                        RETENTION_MS_CONFIG,
                        topic.carriesPersonalData() ? String.valueOf(PERSONAL_DATA_RETENTION.toMillis()) : KEEP_FOREVER,
                        CLEANUP_POLICY_CONFIG,
                        "delete",
                        MAX_MESSAGE_BYTES_CONFIG,
                        String.valueOf(MAX_MESSAGE_BYTES)));
    }

    /**
     * The dead-letter topic of one consumer group on one topic: one partition, so a re-drive replays
     * its records in the order they failed.
     */
    public static TopicDeclaration deadLetters(String topicName, String consumerGroup) {
        return new TopicDeclaration(
                Topic.deadLetterTopic(topicName, consumerGroup),
                1,
                REPLICATION_FACTOR,
                Map.of(
                        MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(MIN_IN_SYNC_REPLICAS),
                        RETENTION_MS_CONFIG, String.valueOf(DEAD_LETTER_RETENTION.toMillis()),
                        CLEANUP_POLICY_CONFIG, "delete"));
    }

    /**
     * An outbox relay's checkpoint topic: one partition, compacted, because only its last record
     * matters; written in the relay's Kafka transactions.
     */
    public static TopicDeclaration outboxCheckpoints(String relayId) {
        return new TopicDeclaration(
                checkpointTopic(relayId),
                1,
                REPLICATION_FACTOR,
                Map.of(
                        MIN_IN_SYNC_REPLICAS_CONFIG,
                        String.valueOf(MIN_IN_SYNC_REPLICAS),
                        CLEANUP_POLICY_CONFIG,
                        "compact"));
    }

    public static String checkpointTopic(String relayId) {
        return relayId + ".outbox-checkpoints";
    }

    /** Every topic of the platform: the event topics, a dead-letter topic per consumer of each, a checkpoint topic per service. */
    public static List<TopicDeclaration> all() {
        List<TopicDeclaration> all = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            all.add(of(topic));
        }
        for (Topic topic : Topic.values()) {
            for (Service consumer : topic.consumers()) {
                all.add(deadLetters(topic.topicName(), consumer.applicationName()));
            }
        }
        for (Service service : Service.values()) {
            all.add(outboxCheckpoints(service.applicationName()));
        }
        return List.copyOf(all);
    }

    public int minInSyncReplicas() {
        return Integer.parseInt(configs.get(MIN_IN_SYNC_REPLICAS_CONFIG));
    }
}
