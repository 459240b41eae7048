package dk.kl.partnerships.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's services by application name, which is also each one's consumer group and outbox
 * relay: what {@link Topic} and {@link TopicDeclaration} need to name their dead-letter and checkpoint
 * topics.
 */
public enum Service {
    REGISTRATION("registration-service"),
    MEETING("meeting-service"),
    EVALUATION("evaluation-service"),
    BILLING("billing-service"),
    NOTIFICATION("notification-service");

    private final String applicationName;

    Service(String applicationName) {
        this.applicationName = applicationName;
    }

    /** {@code spring.application.name}, e.g. {@code billing-service}. */
    public String applicationName() {
        return applicationName;
    }

    public static Optional<Service> ofApplicationName(String applicationName) {
        return Arrays.stream(values())
                .filter(s -> s.applicationName.equals(applicationName))
                .findFirst();
    }
}
