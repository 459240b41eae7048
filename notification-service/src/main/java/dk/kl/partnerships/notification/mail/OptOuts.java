package dk.kl.partnerships.notification.mail;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The optional messages recipients have turned off, by address and kind. */
@Component
class OptOuts {

    static final String COLLECTION = "opt_outs";

    private final MongoTemplate mongo;
    private final Clock clock;

    OptOuts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void turnOff(String email, MailKind kind) {
        mongo.getCollection(COLLECTION)
                .replaceOne(
                        new Document("_id", id(email, kind)),
                        new Document("_id", id(email, kind))
                                .append("email", email)
                                .append("kind", kind.name())
                                .append("at", java.util.Date.from(clock.instant())),
                        new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    public boolean turnedOff(String email, MailKind kind) {
        return kind.optional()
                && mongo.getCollection(COLLECTION)
                                .find(new Document("_id", id(email, kind)))
                                .first()
                        != null;
    }

    long erase(String email) {
        return mongo.remove(Query.query(where("email").is(email)), COLLECTION).getDeletedCount();
    }

    private static String id(String email, MailKind kind) {
        return kind.name() + ":" + email;
    }
}
