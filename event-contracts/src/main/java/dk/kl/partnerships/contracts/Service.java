package dk.kl.partnerships.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's services by name. The application name is each one's consumer group and outbox
 * relay: what {@link Topic} and {@link TopicDeclaration} need to name their dead-letter and checkpoint
 * topics. As a publisher ({@link EventType#publisher()}) a service names the CloudEvents type and
 * source of its events.
 */
public enum Service {
    REGISTRATION("registration"),
    MEETING("meeting"),
    EVALUATION("evaluation"),
    BILLING("billing"),
    NOTIFICATION("notification");

    private final String name;

    Service(String name) {
        this.name = name;
    }

    /** {@code spring.application.name}, e.g. {@code billing-service}. */
    public String applicationName() {
        return name + "-service";
    }

    /**
     * CloudEvents {@code source} of the events the service publishes, e.g. {@code /billing-service}:
     * the outbox relay sets it, and consumers refuse an event whose source is not its publisher's.
     */
    public String ceSource() {
        return "/" + applicationName();
    }

    /** The service's part of its events' CloudEvents types: {@code billing} in {@code dk.kl.partnerships.billing.InvoiceIssued.v1}. */
    String typeSegment() {
        return name;
    }

    public static Optional<Service> ofApplicationName(String applicationName) {
        return Arrays.stream(values())
                .filter(s -> s.applicationName().equals(applicationName))
                .findFirst();
    }
}
