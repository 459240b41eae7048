package dk.kl.partnerships.kit.test;

import dk.kl.partnerships.security.test.TestTokens;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at the {@link TestInfrastructure}. Each context gets a
 * database and consumer group of its own, so test classes never see each other's state even
 * though they share the broker and the store; its consumers begin at the events published since
 * it started ({@link FromContextStart}).
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "test");
        String isolation = UUID.randomUUID().toString().substring(0, 8);
        String kafka = context.getEnvironment()
                .getProperty("partnerships.test.kafka-bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + kafka,
                        "spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                        "spring.mongodb.database=" + application + "-" + isolation,
                        "spring.cloud.stream.default.group=" + application + "-" + isolation,
                        "partnerships.outbox.relay-id=" + application + "-" + isolation,
                        "partnerships.security.issuer=" + TestTokens.issuer(),
                        "partnerships.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        "partnerships.outbox.poll-interval=200ms",
                        "partnerships.outbox.initial-back-off=100ms",
                        "partnerships.outbox.max-back-off=1s",
                        "partnerships.outbox.send-timeout=5s",
                        "partnerships.messaging.max-back-off=1s",
                        "partnerships.messaging.await-other-events=15s")
                .applyTo(context);
        context.getBeanFactory().registerSingleton("fromContextStart", new FromContextStart(Instant.now()));
    }
}
