package dk.kl.partnerships.meeting.schedule.persistence;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kl.partnerships.kit.error.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Short leases in MongoDB that serialise the bookings of one network or venue across all
 * instances. A lease a crashed holder left behind expires by itself; keys are taken in sorted
 * order, so two bookings can never wait for each other.
 */
final class ScheduleLocks {

    private static final String COLLECTION = "schedule_locks";
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final Clock clock;

    ScheduleLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    <T> T whileHolding(Collection<String> keys, Supplier<T> work) {
        String owner = UUID.randomUUID().toString();
        List<String> held = new ArrayList<>();
        try {
            for (String key : keys.stream().distinct().sorted().toList()) {
                acquire(key, owner);
                held.add(key);
            }
            return work.get();
        } finally {
            held.forEach(key -> mongo.getCollection(COLLECTION)
                    .deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("owner", owner))));
        }
    }

    private void acquire(String key, String owner) {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            try {
                mongo.getCollection(COLLECTION)
                        .updateOne(
                                Filters.and(Filters.eq("_id", key), Filters.lt("until", Date.from(now))),
                                Updates.combine(
                                        Updates.set("owner", owner), Updates.set("until", Date.from(now.plus(LEASE)))),
                                new UpdateOptions().upsert(true));
                return;
            } catch (MongoWriteException | DuplicateKeyException held) {
                if (System.nanoTime() - giveUp > 0) {
                    throw new ConflictException("Another booking of " + key + " is in progress; try again", "BUSY");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
