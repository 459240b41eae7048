package dk.kl.partnerships.notification.mail;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored messages and the atomic steps of sending them. Every step is a conditional update of
 * one document, so two instances never send the same message: only the instance holding a
 * message's lease may record what became of it.
 */
@Component
class MailQueue {

    private final MongoTemplate mongo;

    MailQueue(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(Mail.COLLECTION);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        indexes.createIndex(new Index()
                .on("thread", Sort.Direction.ASC)
                .on("to.email", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("to.email", Sort.Direction.ASC));
    }

    /** Stores a new message; false if a message with its id exists already (nothing changes then). */
    boolean add(Mail mail) {
        try {
            mongo.insert(mail);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Takes the message due first for this instance, for as long as the lease lasts. */
    Optional<Mail> claimNext(Instant now, String instance, Instant leaseUntil) {
        Query due = Query.query(where("status")
                        .is(MailStatus.PENDING)
                        .and("nextAttemptAt")
                        .lte(now))
                .with(Sort.by("nextAttemptAt"));
        return Optional.ofNullable(mongo.findAndModify(
                due,
                new Update()
                        .set("status", MailStatus.SENDING)
                        .set("claimedBy", instance)
                        .set("leaseUntil", leaseUntil)
                        .set("transmitting", false),
                FindAndModifyOptions.options().returnNew(true),
                Mail.class));
    }

    /**
     * Records that the message is being handed to the mail server now; false if this instance no
     * longer holds it (its lease ran out), and then it must not send it.
     */
    boolean transmitting(Mail mail, String instance) {
        return mongo.updateFirst(held(mail, instance), Update.update("transmitting", true), Mail.class)
                        .getMatchedCount()
                == 1;
    }

    void sent(Mail mail, String instance, Instant now) {
        mongo.updateFirst(
                held(mail, instance),
                new Update()
                        .set("status", MailStatus.SENT)
                        .set("sentAt", now)
                        .inc("attempts", 1)
                        .unset("leaseUntil")
                        .unset("claimedBy")
                        .unset("note"),
                Mail.class);
    }

    void retryAt(Mail mail, String instance, Instant next, String note) {
        mongo.updateFirst(
                held(mail, instance),
                new Update()
                        .set("status", MailStatus.PENDING)
                        .set("nextAttemptAt", next)
                        .set("note", note)
                        .set("transmitting", false)
                        .inc("attempts", 1)
                        .unset("leaseUntil")
                        .unset("claimedBy"),
                Mail.class);
    }

    void failed(Mail mail, String instance, String note) {
        mongo.updateFirst(
                held(mail, instance),
                new Update()
                        .set("status", MailStatus.FAILED)
                        .set("note", note)
                        .inc("attempts", 1)
                        .unset("leaseUntil")
                        .unset("claimedBy"),
                Mail.class);
    }

    /** The server's answer never came: the message may or may not have been accepted. */
    void uncertain(Mail mail, String instance, String note) {
        mongo.updateFirst(
                held(mail, instance),
                new Update()
                        .set("status", MailStatus.UNCERTAIN)
                        .set("note", note)
                        .inc("attempts", 1)
                        .unset("leaseUntil")
                        .unset("claimedBy"),
                Mail.class);
    }

    /**
     * Messages whose sending instance stopped: those it had not begun to hand over go back to the
     * queue, those it had are {@link MailStatus#UNCERTAIN}.
     *
     * @return how many became uncertain
     */
    long releaseExpired(Instant now) {
        Query expired = Query.query(
                where("status").is(MailStatus.SENDING).and("leaseUntil").lt(now));
        mongo.updateMulti(
                Query.query(where("status")
                        .is(MailStatus.SENDING)
                        .and("leaseUntil")
                        .lt(now)
                        .and("transmitting")
                        .is(false)),
                new Update()
                        .set("status", MailStatus.PENDING)
                        .unset("leaseUntil")
                        .unset("claimedBy"),
                Mail.class);
        return mongo.updateMulti(
                        expired.addCriteria(where("transmitting").is(true)),
                        new Update()
                                .set("status", MailStatus.UNCERTAIN)
                                .set(
                                        "note",
                                        "The sending instance stopped while handing the message to the mail server")
                                .unset("leaseUntil")
                                .unset("claimedBy"),
                        Mail.class)
                .getModifiedCount();
    }

    /** An operator's decision to send a failed or uncertain message (again). */
    boolean resend(String id, Instant now) {
        return mongo.updateFirst(
                                Query.query(
                                        where("_id").is(id).and("status").in(MailStatus.FAILED, MailStatus.UNCERTAIN)),
                                new Update()
                                        .set("status", MailStatus.PENDING)
                                        .set("nextAttemptAt", now)
                                        .set("attempts", 0)
                                        .set("transmitting", false)
                                        .set("note", "Resent by an operator"),
                                Mail.class)
                        .getModifiedCount()
                == 1;
    }

    Optional<Mail> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Mail.class));
    }

    List<Mail> page(MailStatus status, int offset, int size) {
        Query query = Query.query(where("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip(offset)
                .limit(size);
        query.fields().exclude("html", "text", "attachments");
        return mongo.find(query, Mail.class);
    }

    long count(MailStatus status) {
        return mongo.count(Query.query(where("status").is(status)), Mail.class);
    }

    /** The latest messages of the kinds given in a thread to one recipient, newest first. */
    List<Mail> history(String thread, String email, Collection<MailKind> kinds, int limit) {
        Query query = Query.query(where("thread")
                        .is(thread)
                        .and("to.email")
                        .is(email)
                        .and("kind")
                        .in(kinds)
                        .and("status")
                        .ne(MailStatus.SUPPRESSED))
                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .limit(limit);
        return mongo.find(query, Mail.class);
    }

    /** Forgets every message to an address (a person's erasure). */
    long eraseTo(String email) {
        return mongo.remove(Query.query(where("to.email").is(email)), Mail.class)
                .getDeletedCount();
    }

    private static Query held(Mail mail, String instance) {
        return Query.query(where("_id")
                .is(mail.id())
                .and("status")
                .is(MailStatus.SENDING)
                .and("claimedBy")
                .is(instance));
    }
}
