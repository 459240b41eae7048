package dk.kl.partnerships.kit.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Transient;

/**
 * An aggregate that records the domain events of its changes until they are stored with it. Each
 * event is a self-contained fact of the service's domain (ids, values and when it happened, never
 * the aggregate itself); the service's {@link dk.kl.partnerships.kit.outbox.OutboundEvents} says
 * which published contract each becomes.
 *
 * @param <E> the aggregate's domain event type
 */
public abstract class AggregateRoot<E> {

    @Transient
    private final List<E> recordedEvents = new ArrayList<>();

    protected void record(E event) {
        recordedEvents.add(event);
    }

    public List<E> recordedEvents() {
        return List.copyOf(recordedEvents);
    }

    public void clearRecordedEvents() {
        recordedEvents.clear();
    }
}
