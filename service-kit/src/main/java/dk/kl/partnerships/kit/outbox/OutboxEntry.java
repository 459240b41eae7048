package dk.kl.partnerships.kit.outbox;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * An event waiting in an aggregate's document to be published: everything needed to build the
 * Kafka record, so that publishing needs neither the aggregate nor the event class.
 */
record OutboxEntry(
        String id,
        String topic,
        String key,
        String type,
        String source,
        Instant time,
        String payload,
        String traceparent) {

    static final String ARRAY = "_outbox";
    static final String SINCE = "_outboxSince";

    Document toDocument() {
        return new Document("_id", id)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("source", source)
                .append("time", Date.from(time))
                .append("payload", payload)
                .append("traceparent", traceparent);
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(
                document.getString("_id"),
                document.getString("topic"),
                document.getString("key"),
                document.getString("type"),
                document.getString("source"),
                document.getDate("time").toInstant(),
                document.getString("payload"),
                document.getString("traceparent"));
    }
}
