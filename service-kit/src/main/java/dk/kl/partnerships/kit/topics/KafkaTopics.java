package dk.kl.partnerships.kit.topics;

import dk.kl.partnerships.contracts.Service;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.TopicDeclaration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The service's Kafka topics as {@link TopicDeclaration} declares them: at start-up, before the
 * consumers bind and the relay publishes, it creates every one that is missing and reports (logs)
 * every one whose partitions, replication or configuration differ — those belong to whoever
 * manages the cluster's topics (Strimzi in Kubernetes) and are not changed here. A cluster with
 * fewer brokers than the declared replication factor (the embedded single broker) gets topics with
 * as many replicas as it has brokers.
 *
 * <p>While Kafka cannot be reached, start-up goes on and the setup is retried in the background;
 * {@link #ready()} says when it is done. It also tells whether Kafka answers now
 * ({@link #available()}), for the metric operators alert on: the API does not depend on Kafka.
 */
public class KafkaTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

    private final Supplier<Admin> admins;
    private final List<TopicDeclaration> declared;
    private final Duration timeout;
    private final Duration retryInterval;

    private volatile boolean ready;
    private volatile boolean running;
    private volatile Thread retrying;
    private Admin probe;

    /**
     * @param admins        admin clients whose calls give up after about the timeout
     * @param timeout       how long one attempt may wait for Kafka
     * @param retryInterval pause between attempts while Kafka cannot be reached
     */
    public KafkaTopics(
            Supplier<Admin> admins, List<TopicDeclaration> declared, Duration timeout, Duration retryInterval) {
        this.admins = admins;
        this.declared = List.copyOf(declared);
        this.timeout = timeout;
        this.retryInterval = retryInterval;
    }

    /**
     * The topics a service needs: every event topic (it may publish to any), the dead-letter topic of
     * each topic it consumes, for its consumer group, and its relay's checkpoint topic.
     *
     * @param consumed the topics the service's bindings consume, each with its consumer group
     * @throws IllegalStateException when a service of the platform consumes, under its own name, a
     *     topic whose declaration does not list it as a consumer: the declaration is where that is said
     */
    public static List<TopicDeclaration> of(String application, String relayId, Map<String, String> consumed) {
        List<TopicDeclaration> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(TopicDeclaration.of(topic));
        }
        Optional<Service> service = Service.ofApplicationName(application);
        consumed.forEach((topicName, group) -> {
            if (service.isPresent() && group.equals(application)) {
                boolean declaredConsumer = Topic.ofName(topicName)
                        .map(topic -> topic.consumers().contains(service.get()))
                        .orElse(false);
                if (!declaredConsumer) {
                    throw new IllegalStateException(application + " consumes " + topicName
                            + ", but the topic's declaration (Topic in event-contracts) does not name it as a consumer;"
                            + " declare it there, so its dead-letter topic is declared too");
                }
            }
            topics.add(TopicDeclaration.deadLetters(topicName, group));
        });
        topics.add(TopicDeclaration.outboxCheckpoints(relayId));
        return topics;
    }

    /** Whether every declared topic exists (created here or found). */
    public boolean ready() {
        return ready;
    }

    public List<TopicDeclaration> declared() {
        return declared;
    }

    /** Whether Kafka answers now: a broker describes the cluster within the timeout. */
    public boolean available() {
        try {
            return !probe().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .isEmpty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One admin client for the availability checks, which reconnects by itself after an outage. */
    private synchronized Admin probe() {
        if (probe == null) {
            probe = admins.get();
        }
        return probe;
    }

    /** One attempt: creates what is missing, reports what differs. */
    void setUp() throws ExecutionException, InterruptedException, TimeoutException {
        Admin admin = admins.get();
        try {
            long wait = timeout.toMillis();
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) wait))
                    .nodes()
                    .get(wait, TimeUnit.MILLISECONDS)
                    .size();
            Set<String> existing = admin.listTopics().names().get(wait, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<TopicDeclaration> present = new ArrayList<>();
            for (TopicDeclaration topic : declared) {
                if (existing.contains(topic.name())) {
                    present.add(topic);
                } else {
                    missing.add(newTopic(topic, brokers));
                }
            }
            create(admin, missing, wait);
            verify(admin, present, brokers, wait);
        } finally {
            admin.close(Duration.ZERO);
        }
        ready = true;
    }

    private static NewTopic newTopic(TopicDeclaration topic, int brokers) {
        int replicas = Math.min(topic.replicationFactor(), brokers);
        Map<String, String> configs = new HashMap<>(topic.configs());
        configs.put(
                TopicDeclaration.MIN_IN_SYNC_REPLICAS_CONFIG,
                String.valueOf(Math.min(topic.minInSyncReplicas(), replicas)));
        if (replicas < topic.replicationFactor()) {
            log.info(
                    "Creating {} with {} replica(s) instead of {}: the cluster has {} broker(s)",
                    topic.name(),
                    replicas,
                    topic.replicationFactor(),
                    brokers);
        }
        return new NewTopic(topic.name(), topic.partitions(), (short) replicas).configs(configs);
    }

    private static void create(Admin admin, List<NewTopic> missing, long wait)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (missing.isEmpty()) {
            return;
        }
        var results = admin.createTopics(missing, new CreateTopicsOptions().timeoutMs((int) wait))
                .values();
        for (NewTopic topic : missing) {
            try {
                results.get(topic.name()).get(wait, TimeUnit.MILLISECONDS);
                log.info("Created topic {} ({} partitions)", topic.name(), topic.numPartitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // another instance created it at the same time
            }
        }
    }

    private static void verify(Admin admin, List<TopicDeclaration> present, int brokers, long wait)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (present.isEmpty()) {
            return;
        }
        List<String> names = present.stream().map(TopicDeclaration::name).toList();
        Map<String, TopicDescription> descriptions =
                admin.describeTopics(names).allTopicNames().get(wait, TimeUnit.MILLISECONDS);
        Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                        .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                        .toList())
                .all()
                .get(wait, TimeUnit.MILLISECONDS);
        for (TopicDeclaration topic : present) {
            List<String> differences = new ArrayList<>();
            TopicDescription description = descriptions.get(topic.name());
            int partitions = description.partitions().size();
            if (partitions < topic.partitions()) {
                differences.add("partitions " + partitions + " (declared " + topic.partitions() + ")");
            }
            int replicas = description.partitions().get(0).replicas().size();
            int expectedReplicas = Math.min(topic.replicationFactor(), brokers);
            if (replicas < expectedReplicas) {
                differences.add("replicas " + replicas + " (declared " + topic.replicationFactor() + ")");
            }
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
            topic.configs().forEach((name, value) -> {
                ConfigEntry entry = config.get(name);
                String actual = entry == null ? null : entry.value();
                String expected = name.equals(TopicDeclaration.MIN_IN_SYNC_REPLICAS_CONFIG)
                        ? String.valueOf(Math.min(topic.minInSyncReplicas(), expectedReplicas))
                        : value;
                if (!expected.equals(actual)) {
                    differences.add(name + "=" + actual + " (declared " + expected + ")");
                }
            });
            if (!differences.isEmpty()) {
                log.warn(
                        "Topic {} differs from its declaration: {}; the cluster's topic management should correct it",
                        topic.name(),
                        String.join(", ", differences));
            }
        }
    }

    /** Sets the topics up now if Kafka answers, otherwise keeps trying in the background. */
    @Override
    public void start() {
        running = true;
        if (!attempt()) {
            Thread thread = new Thread(this::retry, "kafka-topics");
            thread.setDaemon(true);
            retrying = thread;
            thread.start();
        }
    }

    private boolean attempt() {
        try {
            setUp();
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn(
                    "Could not set up the Kafka topics yet, retrying every {} s: {}",
                    retryInterval.toSeconds(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void retry() {
        while (running && !ready) {
            try {
                Thread.sleep(retryInterval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            attempt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = retrying;
        if (thread != null) {
            thread.interrupt();
        }
        synchronized (this) {
            if (probe != null) {
                probe.close(Duration.ZERO);
                probe = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the consumer bindings (Integer.MAX_VALUE - 3000) and the relay. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4000;
    }
}
