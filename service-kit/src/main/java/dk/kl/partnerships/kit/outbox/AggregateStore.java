package dk.kl.partnerships.kit.outbox;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import java.util.List;

/**
 * Stores an aggregate together with the contracts its recorded domain events are published as
 * ({@link OutboundEvents}), in one atomic write through the {@link Outbox}.
 *
 * @param <A> the aggregate
 * @param <E> its domain event type
 */
public final class AggregateStore<A extends AggregateRoot<E>, E> {

    private final Outbox outbox;
    private final OutboundEvents events;

    AggregateStore(Outbox outbox, OutboundEvents events, Class<E> eventType) {
        events.requireMappingsFor(eventType);
        this.outbox = outbox;
        this.events = events;
    }

    public A insert(A aggregate) {
        A stored = outbox.insert(aggregate, published(aggregate));
        aggregate.clearRecordedEvents();
        return stored;
    }

    public A update(A aggregate) {
        A stored = outbox.update(aggregate, published(aggregate));
        aggregate.clearRecordedEvents();
        return stored;
    }

    private List<IntegrationEvent> published(A aggregate) {
        return aggregate.recordedEvents().stream().map(events::toContract).toList();
    }
}
