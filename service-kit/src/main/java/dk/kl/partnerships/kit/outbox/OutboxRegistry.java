package dk.kl.partnerships.kit.outbox;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The collections whose documents may hold outbox events. A collection is recorded the first time
 * this process writes events to it, before the write itself, so the relay finds its events even
 * after a crash and restart, without configuration.
 */
public class OutboxRegistry {

    static final String COLLECTION = "outbox_collections";

    private final MongoTemplate mongo;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public OutboxRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String register(String collection) {
        if (registered.add(collection)) {
            try {
                mongo.getCollection(COLLECTION)
                        .replaceOne(
                                new Document("_id", collection),
                                new Document("_id", collection),
                                new ReplaceOptions().upsert(true));
                // Only documents with events waiting are in these indexes: the relay reads them in
                // order and removes what it published by event id, whatever the collection holds.
                // (A waiting document has both a sequence and a since; the sequence's index serves both.)
                var documents = mongo.getCollection(collection);
                documents.createIndex(
                        Indexes.ascending(OutboxEntry.SEQUENCE),
                        new IndexOptions().sparse(true).name("outbox_pending_order"));
                documents.createIndex(
                        Indexes.ascending(OutboxEntry.ARRAY + "._id"),
                        new IndexOptions().sparse(true).name("outbox_events"));
                documents.createIndex(
                        Indexes.ascending(OutboxRelay.PARKED_SINCE),
                        new IndexOptions().sparse(true).name("outbox_parked"));
            } catch (RuntimeException e) {
                registered.remove(collection);
                throw e;
            }
        }
        return collection;
    }

    List<String> collections() {
        return mongo.getCollection(COLLECTION).distinct("_id", String.class).into(new java.util.ArrayList<>());
    }
}
