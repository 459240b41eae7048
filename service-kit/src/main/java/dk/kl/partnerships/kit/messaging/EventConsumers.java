package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the consumer function of one topic:
 *
 * <pre>{@code
 * @Bean
 * Consumer<Message<byte[]>> onEnrolmentEvent(EventConsumers consumers, Invoicing invoicing) {
 *     return consumers.of(Topic.ENROLMENTS)
 *             .on(MunicipalityJoined.class, (event, metadata) -> invoicing.invoice(...))
 *             .build();
 * }
 * }</pre>
 */
public class EventConsumers {

    private final EventJson json;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final Map<Topic, EventDispatcher> built = new ConcurrentHashMap<>();

    public EventConsumers(EventJson json, ProcessedEvents processed, MeterRegistry meters) {
        this.json = json;
        this.processed = processed;
        this.meters = meters;
    }

    public Builder of(Topic topic) {
        return new Builder(topic);
    }

    /** The consumer built for the topic, if this service has one: what a re-drive hands dead letters to. */
    public Optional<EventDispatcher> consumerOf(Topic topic) {
        return Optional.ofNullable(built.get(topic));
    }

    public final class Builder {

        private final Topic topic;
        private final Map<EventType, EventDispatcher.Route<?>> routes = new EnumMap<>(EventType.class);
        private final List<Class<? extends RuntimeException>> awaiting = new ArrayList<>();

        private Builder(Topic topic) {
            this.topic = topic;
        }

        public <E extends IntegrationEvent> Builder on(Class<E> recordType, EventHandler<E> handler) {
            return on(EventType.of(recordType), recordType, handler);
        }

        /** For a record several types share, such as the audit entries: the type names which. */
        public <E extends IntegrationEvent> Builder on(EventType type, Class<E> recordType, EventHandler<E> handler) {
            if (type.recordType() != recordType) {
                throw new IllegalArgumentException(
                        type.eventName() + " is a " + type.recordType().getName() + ", not a " + recordType.getName());
            }
            if (type.topic() != topic) {
                throw new IllegalArgumentException(type.eventName() + " is published on "
                        + type.topic().topicName() + ", not on " + topic.topicName());
            }
            if (routes.putIfAbsent(type, new EventDispatcher.Route<>(recordType, handler)) != null) {
                throw new IllegalArgumentException("Two handlers for " + type.eventName());
            }
            return this;
        }

        /**
         * A failure of this type, thrown by a handler, means that the event names something another
         * topic's event brings and that has not arrived yet: it is retried as a {@link NotYetKnownException}.
         */
        public Builder awaitingOn(Class<? extends RuntimeException> failure) {
            awaiting.add(failure);
            return this;
        }

        public EventDispatcher build() {
            EventDispatcher dispatcher = new EventDispatcher(topic, routes, awaiting, json, processed, meters);
            if (built.putIfAbsent(topic, dispatcher) != null) {
                throw new IllegalStateException("Two consumers of " + topic.topicName());
            }
            return dispatcher;
        }
    }
}
