package dk.kl.partnerships.kit;

import dk.kl.partnerships.contracts.TopicDeclaration;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.events.TraceParent;
import dk.kl.partnerships.kit.messaging.ConsumerFailureHandling;
import dk.kl.partnerships.kit.messaging.DeadLetterRedrive;
import dk.kl.partnerships.kit.messaging.DeadLetterRouting;
import dk.kl.partnerships.kit.messaging.DeadLettersEndpoint;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.kit.messaging.ProcessedEvents;
import dk.kl.partnerships.kit.metrics.StateGauges;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.outbox.OutboxCheckpoints;
import dk.kl.partnerships.kit.outbox.OutboxEndpoint;
import dk.kl.partnerships.kit.outbox.OutboxProperties;
import dk.kl.partnerships.kit.outbox.OutboxRegistry;
import dk.kl.partnerships.kit.outbox.OutboxRelay;
import dk.kl.partnerships.kit.security.SecurityConfiguration;
import dk.kl.partnerships.kit.topics.KafkaTopics;
import dk.kl.partnerships.kit.web.ApiDates;
import dk.kl.partnerships.kit.web.ApiDocumentation;
import dk.kl.partnerships.kit.web.ProblemDetailsAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the kit into every service that has it on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ProblemDetailsAdvice.class, SecurityConfiguration.class, ApiDocumentation.class, ApiDates.Bounds.class})
public class ServiceKitAutoConfiguration {

    /** The most dead letters one re-drive handles; the operator runs it again for more. */
    static final int DEAD_LETTERS_PER_REDRIVE = 1000;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    TraceParent traceParent(ObjectProvider<Tracer> tracer) {
        return new TraceParent(tracer.getIfAvailable());
    }

    @Bean
    OutboxRegistry outboxRegistry(MongoTemplate mongo) {
        return new OutboxRegistry(mongo);
    }

    /**
     * The topics this service needs, as declared in event-contracts: every event topic, the
     * dead-letter topic of each consumer binding, the relay's checkpoint topic.
     */
    @Bean
    KafkaTopics kafkaTopics(
            KafkaProperties kafka,
            OutboxProperties properties,
            ObjectProvider<BindingServiceProperties> bindings,
            StateGauges gauges,
            @Value("${spring.application.name}") String application) {
        Map<String, String> consumed = new LinkedHashMap<>();
        BindingServiceProperties binding = bindings.getIfAvailable();
        if (binding != null) {
            binding.getBindings().keySet().stream()
                    .filter(name -> name.contains("-in-"))
                    .forEach(name -> {
                        for (String topic : binding.getBindingDestination(name).split(",")) {
                            consumed.put(topic.trim(), binding.getGroup(name));
                        }
                    });
        }
        KafkaTopics topics = new KafkaTopics(
                admins(kafka, properties.sendTimeout()),
                KafkaTopics.of(application, relayId(properties, application), consumed),
                properties.sendTimeout(),
                properties.maxBackOff());
        gauges.value(
                "partnerships.kafka.available",
                "1 while Kafka answers this service, 0 while it does not (the API keeps working; events wait in the outbox)",
                null,
                Tags.empty(),
                () -> topics.available() ? 1 : 0);
        return topics;
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            OutboxRegistry registry,
            KafkaProperties kafka,
            KafkaTopics topics,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters,
            StateGauges gauges,
            @Value("${spring.application.name}") String application) {
        String relayId = relayId(properties, application);
        OutboxCheckpoints checkpoints = new OutboxCheckpoints(
                TopicDeclaration.checkpointTopic(relayId), checkpointReaders(kafka, relayId), properties.sendTimeout());
        return new OutboxRelay(
                mongo,
                registry,
                outboxProducers(kafka, properties, relayId),
                checkpoints,
                topics::ready,
                topic -> topicMissing(admins(kafka, properties.sendTimeout()), topic, properties.sendTimeout()),
                properties,
                clock,
                meters,
                gauges);
    }

    @Bean
    OutboxEndpoint outboxEndpoint(OutboxRelay relay) {
        return new OutboxEndpoint(relay);
    }

    private static String relayId(OutboxProperties properties, String application) {
        return properties.relayId() == null ? application : properties.relayId();
    }

    /** Admin clients whose calls give up after the timeout, so that closing one never waits longer. */
    static Supplier<Admin> admins(KafkaProperties kafka, Duration timeout) {
        return () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
            int millis = (int) timeout.toMillis();
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            return Admin.create(config);
        };
    }

    /** Whether Kafka answers, for certain, that the topic does not exist. */
    private static boolean topicMissing(Supplier<Admin> admins, String topic, Duration timeout) {
        Admin admin = admins.get();
        try {
            admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            return false;
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    @Bean
    Outbox outbox(
            MongoTemplate mongo,
            OutboxRegistry registry,
            EventJson json,
            TraceParent traceParent,
            Clock clock,
            OutboxRelay relay) {
        return new Outbox(mongo, registry, json, traceParent, clock, relay::wakeUp);
    }

    @Bean
    AggregateStores aggregateStores(Outbox outbox, ObjectProvider<OutboundEvents> events) {
        return new AggregateStores(outbox, events);
    }

    @Bean
    ProcessedEvents processedEvents(
            MongoTemplate mongo,
            Clock clock,
            @Value("${partnerships.messaging.processed-event-retention:30d}") Duration retention) {
        return new ProcessedEvents(mongo, clock, retention);
    }

    @Bean
    EventConsumers eventConsumers(EventJson json, ProcessedEvents processed, MeterRegistry meters) {
        return new EventConsumers(json, processed, meters);
    }

    @Bean
    DeadLetterRouting deadLetterRouting(
            @Value("${spring.cloud.stream.default.group}") String consumerGroup, MeterRegistry meters) {
        return new DeadLetterRouting(consumerGroup, meters);
    }

    /** Retries and dead-lettering by the kind of failure, in the listener containers. */
    @Bean
    ConsumerFailureHandling consumerFailureHandling(
            KafkaProperties kafka,
            DeadLetterRouting routing,
            @Value("${spring.cloud.stream.default.consumer.back-off-initial-interval:500}") long initialBackOff,
            @Value("${partnerships.messaging.max-back-off:30s}") Duration maxBackOff,
            @Value("${partnerships.messaging.await-other-events:15m}") Duration awaitLimit) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        KafkaTemplate<byte[], byte[]> deadLetters = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
        return new ConsumerFailureHandling(
                deadLetters, routing, Duration.ofMillis(initialBackOff), maxBackOff, awaitLimit);
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(
            EventConsumers consumers,
            KafkaProperties kafka,
            OutboxProperties properties,
            @Value("${spring.cloud.stream.default.group}") String consumerGroup) {
        return new DeadLetterRedrive(
                consumers,
                () -> {
                    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
                    config.put(ConsumerConfig.GROUP_ID_CONFIG, DeadLetterRedrive.progressGroup(consumerGroup));
                    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
                    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
                    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
                    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                },
                consumerGroup,
                DEAD_LETTERS_PER_REDRIVE,
                properties.sendTimeout());
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedrive redrive) {
        return new DeadLettersEndpoint(redrive);
    }

    /**
     * MongoDB health by {@code ping}, which every MongoDB and the embedded store understand (the
     * stock indicator's {@code hello} is unknown to the embedded store).
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand(new org.bson.Document("ping", 1));
                return Health.up()
                        .withDetail("database", mongo.getDb().getName())
                        .build();
            } catch (RuntimeException e) {
                return Health.down()
                        .withDetail("error", e.getClass().getSimpleName())
                        .build();
            }
        };
    }

    @Bean
    StateGauges stateGauges(
            MongoTemplate mongo,
            MeterRegistry meters,
            @Value("${partnerships.metrics.state-refresh:60s}") Duration refresh) {
        return new StateGauges(mongo, meters, refresh);
    }

    /**
     * The relay's producer: whatever the application configures for Kafka (servers, security),
     * with the settings that publishing without loss or duplicates needs enforced.
     */
    static Supplier<Producer<String, byte[]>> outboxProducers(
            KafkaProperties kafka, OutboxProperties properties, String relayId) {
        return () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
            int deliveryTimeout = (int) properties.sendTimeout().toMillis();
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, deliveryTimeout - 5));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5_000, deliveryTimeout));
            // The topic's max.message.bytes decides what is too large (the broker refuses it), not the client.
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * TopicDeclaration.MAX_MESSAGE_BYTES);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, relayId + "-outbox");
            // One relay per service at a time (the lease); the stable id fences any former one.
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, relayId + "-outbox");
            return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        };
    }

    static Supplier<Consumer<String, byte[]>> checkpointReaders(KafkaProperties kafka, String relayId) {
        return () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, relayId + "-outbox-checkpoints");
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        };
    }
}
