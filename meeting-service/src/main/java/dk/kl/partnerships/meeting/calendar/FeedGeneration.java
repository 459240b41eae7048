package dk.kl.partnerships.meeting.calendar;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A feed's current generation of subscription URLs: revoking the feed's URLs starts the next one,
 * and only URLs of the current generation are served. A feed never revoked has none stored
 * (generation 0).
 */
@Document("calendar_feeds")
class FeedGeneration {

    @Id
    private final String feed;

    private long generation;

    @Version
    private Long version;

    @PersistenceCreator
    FeedGeneration(String feed, long generation, Long version) {
        this.feed = feed;
        this.generation = generation;
        this.version = version;
    }

    static FeedGeneration first(String feed) {
        return new FeedGeneration(feed, 0, null);
    }

    void revoke() {
        generation++;
    }

    long generation() {
        return generation;
    }
}
