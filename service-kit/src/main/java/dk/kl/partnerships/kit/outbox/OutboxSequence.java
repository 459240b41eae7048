package dk.kl.partnerships.kit.outbox;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One counter per service database that numbers every event stored in any outbox, across all
 * instances. A change made after another was stored gets higher numbers than it, whatever clocks the
 * instances have, so the relay can keep, for each key, the order of the changes — an invoice before
 * the credit note that cancels it, though they live in different collections. Numbers taken by a
 * write that then failed are simply never used: gaps do not matter, only order.
 */
final class OutboxSequence {

    static final String COLLECTION = "outbox_sequence";
    private static final String ID = "events";
    private static final String LAST = "last";

    private final MongoTemplate mongo;

    OutboxSequence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes {@code count} numbers; the first of them. */
    long next(int count) {
        Document counter = mongo.getCollection(COLLECTION)
                .findOneAndUpdate(
                        new Document("_id", ID),
                        Updates.inc(LAST, (long) count),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.get(LAST, Number.class).longValue() - count + 1;
    }

    /** The last number taken so far: every event numbered up to it was stored, or is being stored, before now. */
    long last() {
        Document counter =
                mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
        return counter == null ? 0 : counter.get(LAST, Number.class).longValue();
    }
}
