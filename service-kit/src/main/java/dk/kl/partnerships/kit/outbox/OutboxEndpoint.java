package dk.kl.partnerships.kit.outbox;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * For operators, on the management port: {@code GET /actuator/outbox} lists the events the relay
 * parked because Kafka refused them for good, with the reason; {@code POST /actuator/outbox} puts
 * them back in line once the cause is mended (a topic created, its size limit raised, an ACL
 * granted). Both need a KL_ADMIN token.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

    private final OutboxRelay relay;

    public OutboxEndpoint(OutboxRelay relay) {
        this.relay = relay;
    }

    @ReadOperation
    public Map<String, List<Map<String, Object>>> parked() {
        return Map.of("parked", relay.parked());
    }

    @WriteOperation
    public Map<String, Integer> retryParked() {
        return Map.of("retried", relay.retryParked());
    }
}
