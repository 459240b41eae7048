package dk.kl.partnerships.kit.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Transient;

/**
 * An aggregate that records the domain events of its changes until they are stored with it. The
 * events are domain types of the service; translating them into published contracts is the job of
 * the service's messaging adapter.
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
