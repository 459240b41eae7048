package dk.kl.partnerships.kit.outbox;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import org.springframework.beans.factory.ObjectProvider;

/** Hands each aggregate repository its store, after checking that all its events have a contract. */
public class AggregateStores {

    private final Outbox outbox;
    private final ObjectProvider<OutboundEvents> events;

    public AggregateStores(Outbox outbox, ObjectProvider<OutboundEvents> events) {
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * @throws IllegalStateException when the service declares no {@link OutboundEvents}, or a
     *     domain event of the type has no contract in it
     */
    public <A extends AggregateRoot<E>, E> AggregateStore<A, E> of(Class<E> eventType) {
        OutboundEvents declared = events.getIfAvailable();
        if (declared == null) {
            throw new IllegalStateException("The service stores " + eventType.getName()
                    + " events but declares no OutboundEvents bean to map them to published contracts");
        }
        return new AggregateStore<>(outbox, declared, eventType);
    }
}
