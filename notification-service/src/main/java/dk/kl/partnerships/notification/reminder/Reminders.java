package dk.kl.partnerships.notification.reminder;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Schedules, moves and cancels reminders; the {@link ReminderRunner} runs them when due. */
@Service
public class Reminders {

    private final MongoTemplate mongo;
    private final Clock clock;

    Reminders(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(Reminder.COLLECTION)
                .createIndex(new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
        mongo.indexOps(Reminder.COLLECTION)
                .createIndex(new Index().on("kind", Sort.Direction.ASC).on("subjectId", Sort.Direction.ASC));
    }

    /**
     * Schedules the {@code round}-th reminder of a kind about a subject, or moves it if it has not
     * run yet; one that ran or was cancelled stays as it is.
     */
    public void schedule(ReminderKind kind, String subjectId, int round, Instant dueAt) {
        String id = Reminder.id(kind, subjectId, round);
        boolean moved = mongo.updateFirst(
                                Query.query(where("_id").is(id).and("status").is(Reminder.Status.SCHEDULED)),
                                Update.update("dueAt", dueAt),
                                Reminder.class)
                        .getMatchedCount()
                == 1;
        if (!moved) {
            try {
                mongo.insert(new Reminder(id, kind, subjectId, round, dueAt, Reminder.Status.SCHEDULED, Instant.EPOCH));
            } catch (DuplicateKeyException e) {
                // it ran or was cancelled already
            }
        }
    }

    /** Cancels every reminder of a kind about a subject that has not run yet. */
    public void cancel(ReminderKind kind, String subjectId) {
        mongo.updateMulti(
                Query.query(where("kind")
                        .is(kind)
                        .and("subjectId")
                        .is(subjectId)
                        .and("status")
                        .is(Reminder.Status.SCHEDULED)),
                Update.update("status", Reminder.Status.CANCELLED),
                Reminder.class);
    }

    Optional<Reminder> claimDue(Duration lease) {
        Instant now = clock.instant();
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(where("status")
                                .is(Reminder.Status.SCHEDULED)
                                .and("dueAt")
                                .lte(now)
                                .and("leaseUntil")
                                .lt(now))
                        .with(Sort.by("dueAt")),
                Update.update("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true),
                Reminder.class));
    }

    void done(Reminder reminder) {
        mongo.updateFirst(
                Query.query(where("_id").is(reminder.id()).and("status").is(Reminder.Status.SCHEDULED)),
                Update.update("status", Reminder.Status.DONE),
                Reminder.class);
    }
}
