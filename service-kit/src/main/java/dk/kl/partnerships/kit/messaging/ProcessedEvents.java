package dk.kl.partnerships.kit.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The ids of the events this service has handled, so that a redelivered event is recognised and
 * skipped. Handlers stay idempotent by their own natural keys as well: an event handled but not yet
 * recorded here (a crash in between) is simply handled again without a second effect.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        // Redeliveries come within minutes or days; on MongoDB the record expires after the retention.
        mongo.getCollection(COLLECTION)
                .createIndex(
                        Indexes.ascending("processedAt"),
                        new IndexOptions()
                                .name("processed_events_ttl")
                                .expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    public boolean contains(String eventId) {
        return mongo.getCollection(COLLECTION)
                        .find(new Document("_id", eventId))
                        .limit(1)
                        .first()
                != null;
    }

    public void record(EventMetadata event) {
        try {
            mongo.getCollection(COLLECTION)
                    .insertOne(new Document("_id", event.id())
                            .append("type", event.type().eventName())
                            .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
