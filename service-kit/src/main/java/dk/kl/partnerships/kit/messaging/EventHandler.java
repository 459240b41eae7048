package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;

/** Turns one received event into a use-case call. */
@FunctionalInterface
public interface EventHandler<E extends IntegrationEvent> {

    void handle(E event, EventMetadata metadata);
}
