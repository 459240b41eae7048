package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import dk.kl.partnerships.kit.events.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;

/**
 * Receives the records of one topic, recognises each event by its {@code ce_type} header (a topic
 * carries several event types), reads it into its contract record and hands it to its handler —
 * once: an event id already processed is skipped. Event types without a handler are ignored, so
 * producers may add types. A record that can never be processed raises {@link MalformedEventException}.
 */
public final class EventDispatcher implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Topic topic;
    private final Map<EventType, Route<?>> routes;
    private final List<Class<? extends RuntimeException>> awaiting;
    private final EventJson json;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    EventDispatcher(
            Topic topic,
            Map<EventType, Route<?>> routes,
            List<Class<? extends RuntimeException>> awaiting,
            EventJson json,
            ProcessedEvents processed,
            MeterRegistry meters) {
        this.topic = topic;
        this.routes = new EnumMap<>(routes);
        this.awaiting = List.copyOf(awaiting);
        this.json = json;
        this.processed = processed;
        this.meters = meters;
    }

    @Override
    public void accept(Message<byte[]> message) {
        handle(message);
    }

    /** What became of one record. */
    public enum Outcome {
        /** Handed to its handler. */
        PROCESSED,
        /** Already processed before: skipped. */
        DUPLICATE,
        /** A type this service does not handle. */
        IGNORED
    }

    /**
     * Handles one record, as {@link #accept} does, and tells what became of it.
     *
     * @throws MalformedEventException when the record can never be processed
     */
    public Outcome handle(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String ceType = header(headers, CloudEventHeaders.TYPE);
        if (ceType == null) {
            throw new MalformedEventException(
                    "Record on " + topic.topicName() + " has no " + CloudEventHeaders.TYPE + " header");
        }
        EventType type = EventType.ofCeType(ceType).orElse(null);
        Route<?> route = type == null ? null : routes.get(type);
        if (route == null) {
            count(type == null ? ceType : type.eventName(), "ignored");
            return Outcome.IGNORED;
        }
        EventMetadata metadata = metadata(headers, type);
        if (processed.contains(metadata.id())) {
            count(type.eventName(), "duplicate");
            log.info("Skipped duplicate {} {}", type.eventName(), metadata.id());
            return Outcome.DUPLICATE;
        }
        dispatch(route, message.getPayload(), metadata);
        processed.record(metadata);
        count(type.eventName(), "processed");
        return Outcome.PROCESSED;
    }

    private EventMetadata metadata(MessageHeaders headers, EventType type) {
        String id = header(headers, CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw new MalformedEventException(type.eventName() + " has no " + CloudEventHeaders.ID + " header");
        }
        String time = header(headers, CloudEventHeaders.TIME);
        try {
            return new EventMetadata(
                    id,
                    type,
                    header(headers, CloudEventHeaders.SOURCE),
                    time == null ? null : Instant.parse(time),
                    header(headers, CloudEventHeaders.SUBJECT));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(
                    type.eventName() + " " + id + " has an invalid " + CloudEventHeaders.TIME + " header: " + time, e);
        }
    }

    private static String header(MessageHeaders headers, String name) {
        return CloudEventHeaders.text(headers.get(name));
    }

    private void count(String event, String outcome) {
        meters.counter("partnerships.events.consumed", "topic", topic.topicName(), "event", event, "outcome", outcome)
                .increment();
    }

    private <E extends IntegrationEvent> void dispatch(Route<E> route, byte[] payload, EventMetadata metadata) {
        E event;
        try {
            event = json.read(payload, route.recordType());
        } catch (JacksonException e) {
            throw new MalformedEventException(
                    metadata.type().eventName() + " " + metadata.id() + " has an invalid payload: "
                            + e.getOriginalMessage(),
                    e);
        }
        if (metadata.subject() != null && !Objects.equals(metadata.subject(), event.key())) {
            throw new MalformedEventException(metadata.type().eventName() + " " + metadata.id() + " has subject "
                    + metadata.subject() + " but its payload's " + topic.keyField() + " is " + event.key());
        }
        try {
            route.handler().handle(event, metadata);
        } catch (RuntimeException e) {
            if (awaiting.stream().anyMatch(failure -> failure.isInstance(e))) {
                throw new NotYetKnownException(e);
            }
            throw e;
        }
    }

    /** The handler of one event type, with the type's record class. */
    record Route<E extends IntegrationEvent>(Class<E> recordType, EventHandler<E> handler) {}
}
