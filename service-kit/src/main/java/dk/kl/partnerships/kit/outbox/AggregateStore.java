package dk.kl.partnerships.kit.outbox;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import java.util.List;
import java.util.function.Function;

/**
 * Stores an aggregate together with the published events its recorded domain events translate to,
 * in one atomic write through the {@link Outbox}.
 *
 * @param <A> the aggregate
 * @param <E> its domain event type
 */
public class AggregateStore<A extends AggregateRoot<E>, E> {

    private final Outbox outbox;
    private final Function<E, List<? extends IntegrationEvent>> translator;

    /** @param translator the messaging adapter's translation of one domain event into zero or more contracts */
    public AggregateStore(Outbox outbox, Function<E, List<? extends IntegrationEvent>> translator) {
        this.outbox = outbox;
        this.translator = translator;
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
        return aggregate.recordedEvents().stream()
                .<IntegrationEvent>flatMap(event -> translator.apply(event).stream())
                .toList();
    }
}
