package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.audit.CausingEvent;
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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;

/**
 * Receives the records of one topic, recognises each event by its {@code ce_type} header (a topic
 * carries several event types), reads it into its contract record and hands it to its handler —
 * once: an event id already processed is skipped. Event types of the topic without a handler are
 * ignored, so a publisher may add types to the catalogue before every consumer handles them. A record
 * that can never be processed, or cannot be proven to be the event it says it is, raises {@link
 * MalformedEventException} and goes to the dead-letter topic at once, without effect. Reasons name no
 * payload values, and header values only when they are identifiers: no personal data reaches the
 * dead letters' headers or the log.
 */
public final class EventDispatcher implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    /** What a record key, event id or header value looks like on this platform: ids, codes, URIs, types. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:/+-]{1,100}");

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
     * Handles one record, as {@link #accept} does, and tells what became of it. Before anything is
     * trusted the record is proven: its type is in the event catalogue and belongs to this topic, its
     * {@code ce_source} is the publisher the catalogue names for the type, its {@code ce_subject},
     * its record key and its payload's key field ({@link Topic#keyField()}) are one and the same, and
     * its payload is of the type (an audit entry names the service whose topic carries it). The
     * handler runs as the handling of the event ({@code CausingEvent}), so the changes it stores are
     * recorded in the audit trail as following from it.
     *
     * @throws MalformedEventException when the record can never be processed, unproven ones included
     */
    public Outcome handle(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String ceType = header(headers, CloudEventHeaders.TYPE);
        if (ceType == null) {
            throw new MalformedEventException(
                    "Record on " + topic.topicName() + " has no " + CloudEventHeaders.TYPE + " header");
        }
        EventType type = EventType.ofCeType(ceType)
                .orElseThrow(() -> new MalformedEventException("Record on " + topic.topicName() + " has the "
                        + CloudEventHeaders.TYPE + " " + shown(ceType) + ", which is not in the event catalogue"));
        if (type.topic() != topic) {
            throw new MalformedEventException("Record on " + topic.topicName() + " has the " + CloudEventHeaders.TYPE
                    + " " + ceType + ", which is published on " + type.topic().topicName());
        }
        Route<?> route = routes.get(type);
        if (route == null) {
            count(type.eventName(), "ignored");
            return Outcome.IGNORED;
        }
        EventMetadata metadata = metadata(headers, type);
        String key = CloudEventHeaders.text(headers.get(KafkaHeaders.RECEIVED_KEY));
        prove(metadata, key);
        IntegrationEvent event = read(route, message.getPayload(), metadata);
        if (!Objects.equals(key, event.key())) {
            throw new MalformedEventException(described(metadata) + " has the record key " + shown(key)
                    + " but its payload's " + topic.keyField() + " is " + shown(event.key()));
        }
        proveThePayloadIsOfItsType(event, metadata);
        if (processed.contains(metadata.id())) {
            count(type.eventName(), "duplicate");
            log.info("Skipped duplicate {}", described(metadata));
            return Outcome.DUPLICATE;
        }
        dispatch(route, event, metadata);
        processed.record(metadata);
        count(type.eventName(), "processed");
        return Outcome.PROCESSED;
    }

    /** The headers say who published the event and what it is about, as the catalogue and the record key say. */
    private void prove(EventMetadata metadata, String key) {
        EventType type = metadata.type();
        if (!type.ceSource().equals(metadata.source())) {
            throw new MalformedEventException(described(metadata) + " has the " + CloudEventHeaders.SOURCE + " "
                    + shown(metadata.source()) + ", but " + type.eventName() + " is published by "
                    + type.ceSource());
        }
        if (metadata.subject() == null || metadata.subject().isBlank()) {
            throw new MalformedEventException(described(metadata) + " has no " + CloudEventHeaders.SUBJECT + " header");
        }
        if (!metadata.subject().equals(key)) {
            throw new MalformedEventException(described(metadata) + " has the " + CloudEventHeaders.SUBJECT + " "
                    + shown(metadata.subject()) + " but the record key " + shown(key));
        }
    }

    /**
     * Only a record that several types share can say otherwise: an audit entry that names another
     * service than the one whose topic, type and source it came with.
     */
    private static void proveThePayloadIsOfItsType(IntegrationEvent event, EventMetadata metadata) {
        EventType named;
        try {
            named = EventType.of(event);
        } catch (IllegalArgumentException e) {
            named = null;
        }
        if (named != metadata.type()) {
            throw new MalformedEventException(described(metadata) + " has the " + CloudEventHeaders.TYPE + " "
                    + metadata.type().ceType() + " but its payload names another publisher");
        }
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
            throw new MalformedEventException(type.eventName() + " " + shown(id) + " has an invalid "
                    + CloudEventHeaders.TIME + " header: " + shown(time));
        }
    }

    private static String header(MessageHeaders headers, String name) {
        return CloudEventHeaders.text(headers.get(name));
    }

    private static String described(EventMetadata metadata) {
        return metadata.type().eventName() + " " + shown(metadata.id());
    }

    /**
     * A value for a reason in a dead letter's headers and the log: an identifier as it is, anything else
     * — which may be personal data, an e-mail address say — only by its length.
     */
    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return IDENTIFIER.matcher(value).matches() ? value : "(" + value.length() + " characters, not an identifier)";
    }

    private void count(String event, String outcome) {
        meters.counter("partnerships.events.consumed", "topic", topic.topicName(), "event", event, "outcome", outcome)
                .increment();
    }

    private <E extends IntegrationEvent> E read(Route<E> route, byte[] payload, EventMetadata metadata) {
        try {
            return json.read(payload, route.recordType());
        } catch (JacksonException e) {
            throw new MalformedEventException(described(metadata) + " has an invalid payload" + PayloadProblems.of(e));
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends IntegrationEvent> void dispatch(Route<E> route, IntegrationEvent event, EventMetadata metadata) {
        try {
            // What the handler stores is recorded in the audit trail as following from this event.
            CausingEvent.during(metadata.type().eventName(), metadata.id(), () -> {
                route.handler().handle((E) event, metadata);
                return null;
            });
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
