package dk.kl.partnerships.kit.messaging;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * For operators, on the management port: {@code GET /actuator/deadletters} lists this service's
 * dead-letter topics and how many records wait in each; {@code POST
 * /actuator/deadletters/<topic>} re-drives one of them ({@link DeadLetterRedrive}) and answers what
 * it did. Both need a KL_ADMIN token.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterRedrive redrive;

    public DeadLettersEndpoint(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @ReadOperation
    public List<DeadLetterRedrive.DeadLetters> deadLetters() {
        return redrive.deadLetters();
    }

    @WriteOperation
    public DeadLetterRedrive.Report redrive(@Selector String topic) {
        return redrive.redrive(topic);
    }
}
