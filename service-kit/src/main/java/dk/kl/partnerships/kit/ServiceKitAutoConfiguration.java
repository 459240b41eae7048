package dk.kl.partnerships.kit;

import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.events.TraceParent;
import dk.kl.partnerships.kit.messaging.DeadLetterRouting;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.kit.messaging.ProcessedEvents;
import dk.kl.partnerships.kit.metrics.StateGauges;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.outbox.OutboxCheckpoints;
import dk.kl.partnerships.kit.outbox.OutboxProperties;
import dk.kl.partnerships.kit.outbox.OutboxRegistry;
import dk.kl.partnerships.kit.outbox.OutboxRelay;
import dk.kl.partnerships.kit.security.SecurityConfiguration;
import dk.kl.partnerships.kit.web.ApiDocumentation;
import dk.kl.partnerships.kit.web.ProblemDetailsAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
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
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the kit into every service that has it on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ProblemDetailsAdvice.class, SecurityConfiguration.class, ApiDocumentation.class})
public class ServiceKitAutoConfiguration {

    /** Business dates (issue dates, deadlines) are Danish dates. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Copenhagen");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BUSINESS_ZONE);
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

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            OutboxRegistry registry,
            KafkaProperties kafka,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters,
            StateGauges gauges,
            @Value("${spring.application.name}") String application) {
        String relayId = relayId(properties, application);
        OutboxCheckpoints checkpoints = new OutboxCheckpoints(
                checkpointTopic(relayId),
                checkpointReaders(kafka, relayId),
                () -> Admin.create(kafka.buildAdminProperties()),
                properties.sendTimeout());
        return new OutboxRelay(
                mongo,
                registry,
                outboxProducers(kafka, properties, relayId),
                checkpoints,
                properties,
                clock,
                meters,
                gauges);
    }

    private static String relayId(OutboxProperties properties, String application) {
        return properties.relayId() == null ? application : properties.relayId();
    }

    private static String checkpointTopic(String relayId) {
        return relayId + ".outbox-checkpoints";
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

    /** Dead-letter topics need only one partition: their order does not matter. */
    @Bean
    StateGauges stateGauges(
            MongoTemplate mongo,
            MeterRegistry meters,
            @Value("${partnerships.metrics.state-refresh:30s}") Duration refresh) {
        return new StateGauges(mongo, meters, refresh);
    }

    @Bean
    DlqPartitionFunction deadLetterPartition() {
        return (group, record, exception) -> 0;
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
