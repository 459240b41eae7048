package dk.kl.partnerships.kit.outbox;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * An event waiting in an aggregate's document to be published: everything needed to build the
 * Kafka record, so that publishing needs neither the aggregate nor the event class. Its {@code
 * sequence} ({@link OutboxSequence}) orders it among every event the service stores, in whichever
 * document, so the relay publishes in the order the changes were made.
 */
record OutboxEntry(
        String id,
        long sequence,
        String topic,
        String key,
        String type,
        String source,
        Instant time,
        String payload,
        String traceparent) {

    static final String ARRAY = "_outbox";
    static final String SINCE = "_outboxSince";
    /** The lowest sequence number of the events waiting in the document (or lower). */
    static final String SEQUENCE = "_outboxSeq";

    Document toDocument() {
        return new Document("_id", id)
                .append("seq", sequence)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("source", source)
                .append("time", Date.from(time))
                .append("payload", payload)
                .append("traceparent", traceparent);
    }

    static OutboxEntry fromDocument(Document document) {
        Number sequence = document.get("seq", Number.class);
        return new OutboxEntry(
                document.getString("_id"),
                sequence == null ? 0 : sequence.longValue(),
                document.getString("topic"),
                document.getString("key"),
                document.getString("type"),
                document.getString("source"),
                document.getDate("time").toInstant(),
                document.getString("payload"),
                document.getString("traceparent"));
    }
}
