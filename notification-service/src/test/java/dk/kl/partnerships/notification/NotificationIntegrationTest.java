package dk.kl.partnerships.notification;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.registration.Contact;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification service on the real broker and store, sending to a real SMTP server in the
 * JVM, with a clock the tests move; every integration test class extends this one, so they share
 * one application context. Each test uses addresses of its own.
 */
@IntegrationTest
@Import(NotificationIntegrationTest.TestClock.class)
public abstract class NotificationIntegrationTest {

    public static final ZoneId COPENHAGEN = BusinessTime.ZONE;

    @TestConfiguration
    public static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(COPENHAGEN);
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", Inbox::port);
        properties.add("partnerships.notifications.poll-interval", () -> "100ms");
        properties.add("partnerships.notifications.messages-per-second", () -> "50");
        properties.add("partnerships.notifications.first-retry", () -> "200ms");
        properties.add("partnerships.notifications.max-retry", () -> "400ms");
        properties.add("partnerships.notifications.max-attempts", () -> "3");
        properties.add("partnerships.notifications.web-base-url", () -> "https://partnerskaber.kl.dk");
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MongoTemplate mongo;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Long enough for anything more that would come to have come. */
    protected static void settle() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Publishes a municipality's contacts and waits until the service knows them: they travel on a
     * topic of their own, and the tests' next events on other topics must find them.
     */
    protected void knownContacts(MunicipalityContactsChanged contacts) {
        publish(contacts);
        Instant changedAt = contacts.changedAt().truncatedTo(ChronoUnit.MILLIS);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document known = mongo.findById(contacts.municipalityCode(), Document.class, "municipalities");
            return known != null && !known.getDate("changedAt").toInstant().isBefore(changedAt);
        });
    }

    protected String publish(IntegrationEvent event) {
        return KafkaProbe.publish(kafka, event);
    }

    protected void publish(IntegrationEvent event, String eventId) {
        KafkaProbe.publish(kafka, event, eventId);
    }

    /** A unique address at a municipality's domain, so tests never read each other's mail. */
    protected static String address(String who, String code) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@kommune" + code + ".dk";
    }

    protected static MunicipalityContactsChanged contacts(
            String code, String name, String coordinator, String director, String invoice) {
        return new MunicipalityContactsChanged(
                code,
                name,
                coordinator == null ? null : new Contact("Koordinator i " + name, coordinator),
                director == null ? null : new Contact("Direktionssekretariatet", director),
                invoice == null ? null : new Contact("Bogholderiet", invoice),
                Instant.now());
    }
}
