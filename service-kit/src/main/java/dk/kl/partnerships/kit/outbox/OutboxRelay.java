package dk.kl.partnerships.kit.outbox;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.kit.events.CloudEventHeaders;
import dk.kl.partnerships.kit.metrics.StateGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in outbox arrays to Kafka, in the order they were stored, then
 * removes them from their documents. Each pass is one Kafka transaction that also writes a
 * checkpoint naming the events it carried ({@link OutboxCheckpoints}); after a crash, or any pass
 * whose outcome is unknown, the relay first removes the events of the last committed checkpoint. So
 * every event reaches Kafka exactly once for consumers that read committed records — even when the
 * process is killed between Kafka's commit and MongoDB's update. While Kafka or MongoDB is
 * unavailable the relay backs off and tries again; after a restart it continues with what is still
 * waiting.
 *
 * <p><b>Order.</b> Events carry the service-wide sequence number of their write
 * ({@link OutboxSequence}); a pass publishes in that order, and only events below every point it
 * cannot see past: numbers taken after the pass began (their writes may still be under way), and
 * what lies beyond a collection's batch. So, per key, an event is never published before one
 * stored earlier in any collection — a credit note never before the invoice it credits.
 *
 * <p><b>An unsendable event</b> — larger than its topic accepts, its topic missing, refused by an
 * ACL — does not stop the rest: it is moved aside into the document's {@code _outboxParked} with
 * the reason, counted on {@code partnerships.outbox.parked} (an alert), and published once an
 * operator has mended the cause and asks for it ({@link #retryParked()}).
 *
 * <p><b>Several instances.</b> The one holding a lease in MongoDB relays; the others take over when
 * it stops renewing it. The lease is renewed before every commit and lasts longer than a commit may
 * take, so a live relay never loses it in the middle of a pass; the transactional producer id fences
 * a former holder that comes back.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASES = "outbox_lease";
    private static final String LEASE_ID = "relay";
    static final String PARKED = "_outboxParked";
    static final String PARKED_SINCE = "_outboxParkedSince";
    private static final int PARKED_LISTED = 100;

    private final MongoTemplate mongo;
    private final OutboxRegistry registry;
    private final OutboxSequence sequence;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxCheckpoints checkpoints;
    private final BooleanSupplier topicsReady;
    private final Predicate<String> topicMissing;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter failures;
    private final String instanceId = UUID.randomUUID().toString();
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private volatile long generation;
    private volatile Thread worker;
    private volatile Instant leaseUntil = Instant.EPOCH;
    private Producer<String, byte[]> producer;
    private boolean reconciled;

    /**
     * @param topicsReady  whether the declared topics exist: until then a pass fails (and is retried),
     *                     so that no event is taken for unsendable because its topic is about to be created
     * @param topicMissing whether Kafka says for certain that a topic does not exist
     */
    public OutboxRelay(
            MongoTemplate mongo,
            OutboxRegistry registry,
            Supplier<Producer<String, byte[]>> producers,
            OutboxCheckpoints checkpoints,
            BooleanSupplier topicsReady,
            Predicate<String> topicMissing,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters,
            StateGauges gauges) {
        this.mongo = mongo;
        this.registry = registry;
        this.sequence = new OutboxSequence(mongo);
        this.producers = producers;
        this.checkpoints = checkpoints;
        this.topicsReady = topicsReady;
        this.topicMissing = topicMissing;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.failures = Counter.builder("partnerships.outbox.publish.failures")
                .description("Relay passes that failed to publish waiting events (Kafka or MongoDB unavailable)")
                .register(meters);
        Gauge.builder("partnerships.outbox.relay.leader", this, relay -> relay.leads() ? 1 : 0)
                .description("1 on the instance of the service that holds the relay's lease and publishes, 0 elsewhere")
                .register(meters);
        gauges.value(
                "partnerships.outbox.backlog",
                "Events stored but not yet published",
                null,
                Tags.empty(),
                () -> backlog().events());
        gauges.value(
                "partnerships.outbox.oldest.age",
                "Age of the oldest event not yet published",
                "seconds",
                Tags.empty(),
                () -> backlog().oldestAgeSeconds());
        gauges.value(
                "partnerships.outbox.parked",
                "Events Kafka refused for good (too large, topic missing, not allowed), waiting for an operator",
                null,
                Tags.empty(),
                this::parkedCount);
    }

    /** Asks the relay to look for waiting events now instead of at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Whether this instance holds the lease now. */
    boolean leads() {
        return running && clock.instant().isBefore(leaseUntil);
    }

    /**
     * One pass: publishes what is waiting, in the order it was stored, in one transaction, and
     * removes it. An event Kafka refuses for good is parked instead, and the pass ends early.
     *
     * @return the number of events published or parked
     * @throws RuntimeException when Kafka or MongoDB failed; nothing of the pass is visible then
     */
    public synchronized int relayOnce() {
        if (!topicsReady.getAsBoolean()) {
            throw new IllegalStateException("The declared topics are not set up yet: Kafka has not answered");
        }
        List<Sent> sent = new ArrayList<>();
        try {
            // A new producer's initTransactions fences the former incarnation and completes its last
            // transaction, so the checkpoint read next is final.
            Producer<String, byte[]> kafka = producer();
            if (!reconciled) {
                List<String> alreadyPublished = checkpoints.lastCommitted();
                forgetPublished(alreadyPublished);
                reconciled = true;
                log.debug(
                        "Reconciled with checkpoint topic {}: its last transaction carried {} events",
                        checkpoints.topic(),
                        alreadyPublished.size());
            }
            List<Waiting> waiting = readWaiting(sequence.last());
            if (waiting.isEmpty()) {
                return 0;
            }
            kafka.beginTransaction();
            for (Waiting w : waiting) {
                Future<RecordMetadata> result = kafka.send(record(w.entry()));
                sent.add(new Sent(w, result));
                if (result.isDone() && failedAtOnce(result)) {
                    // Refused, or Kafka is away: sending the rest would only wait for the same answer.
                    throw new IllegalStateException(
                            "Kafka did not take event " + w.entry().id());
                }
            }
            kafka.send(
                    checkpoints.record(waiting.stream().map(w -> w.entry().id()).toList()));
            if (!holdsLease()) {
                throw new IllegalStateException("The outbox lease passed to another instance during the pass");
            }
            kafka.commitTransaction();
            published(waiting);
            return waiting.size();
        } catch (RuntimeException e) {
            List<Refused> refused = refused(sent);
            // Whether a transaction committed is unknown: start afresh and reconcile before the next pass.
            reconciled = false;
            closeProducer();
            if (refused.isEmpty()) {
                throw e;
            }
            // A refusal fails its transaction: nothing of it was published, the refused events are parked.
            park(refused);
            return refused.size();
        }
    }

    private void published(List<Waiting> waiting) {
        // Where each event waited is known: only those collections are written.
        Map<String, List<String>> byCollection = new java.util.LinkedHashMap<>();
        for (Waiting w : waiting) {
            byCollection
                    .computeIfAbsent(w.collection(), c -> new ArrayList<>())
                    .add(w.entry().id());
        }
        byCollection.forEach(this::forgetPublished);
        for (Waiting w : waiting) {
            meters.counter("partnerships.outbox.published", "event", eventName(w.entry()))
                    .increment();
        }
    }

    private static String eventName(OutboxEntry entry) {
        return EventType.ofCeType(entry.type()).map(EventType::eventName).orElse(entry.type());
    }

    /**
     * What may be published now, in order: of each collection the documents with the lowest
     * sequence numbers (a batch), and of their events those numbered no higher than what the pass
     * can vouch for — taken before it began ({@code allocated}), and below every collection's batch
     * that left documents unread.
     */
    private List<Waiting> readWaiting(long allocated) {
        List<Waiting> waiting = new ArrayList<>();
        long bound = allocated;
        for (String collection : registry.collections()) {
            int documents = 0;
            long lastOfBatch = 0;
            for (Document document : mongo.getCollection(collection)
                    .find(Filters.exists(OutboxEntry.SEQUENCE))
                    .projection(Projections.include(OutboxEntry.ARRAY, OutboxEntry.SEQUENCE))
                    .sort(Sorts.ascending(OutboxEntry.SEQUENCE))
                    .limit(properties.batchSize())) {
                documents++;
                Number lowest = document.get(OutboxEntry.SEQUENCE, Number.class);
                lastOfBatch = lowest == null ? 0 : lowest.longValue();
                for (Document entry : document.getList(OutboxEntry.ARRAY, Document.class, List.of())) {
                    waiting.add(new Waiting(collection, document.get("_id"), entry, OutboxEntry.fromDocument(entry)));
                }
            }
            if (documents == properties.batchSize()) {
                bound = Math.min(bound, lastOfBatch);
            }
        }
        long vouched = bound;
        return waiting.stream()
                .filter(w -> w.entry().sequence() <= vouched)
                .sorted(Comparator.comparingLong(w -> w.entry().sequence()))
                .toList();
    }

    private ProducerRecord<String, byte[]> record(OutboxEntry entry) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(entry.topic(), entry.key(), entry.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, entry.id());
        header(record, CloudEventHeaders.SOURCE, entry.source());
        header(record, CloudEventHeaders.TYPE, entry.type());
        header(record, CloudEventHeaders.TIME, entry.time().toString());
        header(record, CloudEventHeaders.SUBJECT, entry.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(record, CloudEventHeaders.TRACEPARENT, entry.traceparent());
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean failedAtOnce(Future<RecordMetadata> result) {
        try {
            result.get(0, TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.TimeoutException notDone) {
            return false;
        }
    }

    /** The events of the failed pass that Kafka refused for good, with the reason. */
    private List<Refused> refused(List<Sent> sent) {
        List<Refused> refused = new ArrayList<>();
        for (Sent s : sent) {
            if (s.result().isDone()) {
                refusal(s.waiting(), s.result()).ifPresent(reason -> refused.add(new Refused(s.waiting(), reason)));
            }
        }
        return refused;
    }

    /**
     * Why Kafka will never take this record, if it will not: too large for its topic, a topic that
     * does not exist, not allowed. Anything else (Kafka away, a timeout) passes and is retried.
     */
    private Optional<String> refusal(Waiting waiting, Future<RecordMetadata> result) {
        Throwable failure;
        try {
            result.get(0, TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.TimeoutException notDone) {
            return Optional.empty();
        }
        if (failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException
                || failure instanceof InvalidRecordException
                || failure instanceof TopicAuthorizationException) {
            return Optional.of(failure.toString());
        }
        if (failure instanceof TimeoutException
                && failure.getMessage() != null
                && failure.getMessage().contains("not present in metadata")
                && topicMissing.test(waiting.entry().topic())) {
            return Optional.of("Topic " + waiting.entry().topic() + " does not exist");
        }
        return Optional.empty();
    }

    /** Moves refused events aside, with their reason, out of the way of the others. */
    private void park(List<Refused> refused) {
        Date now = Date.from(clock.instant());
        Set<String> collections = new LinkedHashSet<>();
        for (Refused r : refused) {
            Waiting w = r.waiting();
            Document parked =
                    new Document(w.stored()).append("reason", r.reason()).append("parkedAt", now);
            mongo.getCollection(w.collection())
                    .updateOne(
                            Filters.and(
                                    Filters.eq("_id", w.documentId()),
                                    Filters.eq(
                                            OutboxEntry.ARRAY + "._id",
                                            w.entry().id())),
                            Updates.combine(
                                    Updates.pullByFilter(new Document(
                                            OutboxEntry.ARRAY,
                                            new Document("_id", w.entry().id()))),
                                    Updates.push(PARKED, parked),
                                    Updates.min(PARKED_SINCE, now)));
            collections.add(w.collection());
            meters.counter("partnerships.outbox.parked.events", "event", eventName(w.entry()))
                    .increment();
            log.error(
                    "Parked event {} ({} on {}, key {}): {}. The other events go on; once the cause is mended,"
                            + " POST /actuator/outbox publishes it.",
                    w.entry().id(),
                    eventName(w.entry()),
                    w.entry().topic(),
                    w.entry().key(),
                    r.reason());
        }
        collections.forEach(this::unmarkEmpty);
    }

    /**
     * Puts every parked event back in line to be published, once an operator has mended what made
     * Kafka refuse it, and wakes the relay.
     *
     * @return how many events were put back
     */
    public int retryParked() {
        int retried = 0;
        for (String collection : registry.collections()) {
            for (Document document : mongo.getCollection(collection)
                    .find(Filters.exists(PARKED_SINCE))
                    .projection(Projections.include(PARKED))) {
                List<Document> entries = new ArrayList<>();
                for (Document parked : document.getList(PARKED, Document.class, List.of())) {
                    Document entry = new Document(parked);
                    entry.remove("reason");
                    entry.remove("parkedAt");
                    entries.add(entry);
                }
                if (entries.isEmpty()) {
                    continue;
                }
                OutboxEntry first = entries.stream()
                        .map(OutboxEntry::fromDocument)
                        .min(Comparator.comparingLong(OutboxEntry::sequence))
                        .orElseThrow();
                mongo.getCollection(collection)
                        .updateOne(
                                Filters.and(Filters.eq("_id", document.get("_id")), Filters.exists(PARKED_SINCE)),
                                Updates.combine(
                                        Updates.pushEach(OutboxEntry.ARRAY, entries),
                                        Updates.unset(PARKED),
                                        Updates.unset(PARKED_SINCE),
                                        Updates.min(OutboxEntry.SINCE, Date.from(first.time())),
                                        Updates.min(OutboxEntry.SEQUENCE, first.sequence())));
                retried += entries.size();
            }
        }
        log.info("{} parked event(s) put back to be published", retried);
        wakeUp();
        return retried;
    }

    /** The parked events (at most a hundred), for an operator to see what and why. */
    public List<Map<String, Object>> parked() {
        List<Map<String, Object>> parked = new ArrayList<>();
        for (String collection : registry.collections()) {
            for (Document document : mongo.getCollection(collection)
                    .find(Filters.exists(PARKED_SINCE))
                    .projection(Projections.include(PARKED))
                    .limit(PARKED_LISTED)) {
                for (Document entry : document.getList(PARKED, Document.class, List.of())) {
                    if (parked.size() < PARKED_LISTED) {
                        OutboxEntry event = OutboxEntry.fromDocument(entry);
                        Map<String, Object> described = new java.util.LinkedHashMap<>();
                        described.put("collection", collection);
                        described.put("document", String.valueOf(document.get("_id")));
                        described.put("eventId", event.id());
                        described.put("event", eventName(event));
                        described.put("topic", event.topic());
                        described.put("key", event.key());
                        described.put("reason", entry.getString("reason"));
                        described.put("parkedAt", entry.getDate("parkedAt").toInstant());
                        parked.add(described);
                    }
                }
            }
        }
        return parked;
    }

    /** Counted in the store, from the sparse index of the documents with parked events. */
    private double parkedCount() {
        long parked = 0;
        for (String collection : registry.collections()) {
            Document totals = mongo.getCollection(collection)
                    .aggregate(List.of(
                            Aggregates.match(Filters.exists(PARKED_SINCE)),
                            Aggregates.group(null, Accumulators.sum("events", new Document("$size", "$" + PARKED)))))
                    .first();
            if (totals != null) {
                parked += ((Number) totals.get("events")).longValue();
            }
        }
        return parked;
    }

    /** Removes published events from whichever documents hold them. */
    private void forgetPublished(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        for (String collection : registry.collections()) {
            forgetPublished(collection, eventIds);
        }
    }

    /** Removes published events from the documents of one collection that hold them. */
    private void forgetPublished(String collection, Collection<String> eventIds) {
        Document published = new Document(OutboxEntry.ARRAY, new Document("_id", new Document("$in", eventIds)));
        mongo.getCollection(collection)
                .bulkWrite(List.of(
                        new UpdateManyModel<>(
                                Filters.in(OutboxEntry.ARRAY + "._id", eventIds), Updates.pullByFilter(published)),
                        unmarkEmptyModel()));
    }

    /** Documents with nothing left waiting are no longer found as waiting. */
    private void unmarkEmpty(String collection) {
        mongo.getCollection(collection).bulkWrite(List.of(unmarkEmptyModel()));
    }

    private static WriteModel<Document> unmarkEmptyModel() {
        return new UpdateManyModel<>(
                Filters.and(Filters.exists(OutboxEntry.SEQUENCE), Filters.size(OutboxEntry.ARRAY, 0)),
                Updates.combine(Updates.unset(OutboxEntry.SINCE), Updates.unset(OutboxEntry.SEQUENCE)));
    }

    /**
     * Whether the lease this instance holds lasts longer than any pass started now may take: then a
     * pass needs no renewal before it begins, only the one before its commit. So a busy relay writes
     * the lease once a pass, and an idle one about twice a lease time.
     */
    private boolean leaseLastsAPass() {
        return clock.instant().plus(properties.sendTimeout()).isBefore(leaseUntil);
    }

    /** Takes or renews the lease; whether this instance holds it now. */
    private boolean holdsLease() {
        Instant now = clock.instant();
        Instant until = now.plus(properties.leaseTime());
        try {
            mongo.getCollection(LEASES)
                    .updateOne(
                            Filters.and(
                                    Filters.eq("_id", LEASE_ID),
                                    Filters.or(Filters.eq("owner", instanceId), Filters.lt("until", Date.from(now)))),
                            Updates.combine(Updates.set("owner", instanceId), Updates.set("until", Date.from(until))),
                            new UpdateOptions().upsert(true));
            leaseUntil = until;
            return true;
        } catch (MongoWriteException | DuplicateKeyException e) {
            leaseUntil = Instant.EPOCH;
            return false;
        }
    }

    private void releaseLease() {
        leaseUntil = Instant.EPOCH;
        try {
            mongo.getCollection(LEASES)
                    .deleteOne(Filters.and(Filters.eq("_id", LEASE_ID), Filters.eq("owner", instanceId)));
        } catch (RuntimeException e) {
            log.debug("Could not release the outbox lease; it expires by itself", e);
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> created = producers.get();
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                log.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    /** A pass only while this thread's generation is the running one; after {@link #stop()} none starts. */
    private synchronized int passOf(long threadGeneration) {
        return isCurrent(threadGeneration) ? relayOnce() : 0;
    }

    private boolean isCurrent(long threadGeneration) {
        return running && generation == threadGeneration;
    }

    private void run(long threadGeneration) {
        Duration backOff = properties.initialBackOff();
        while (isCurrent(threadGeneration)) {
            try {
                int published = leaseLastsAPass() || holdsLease() ? passOf(threadGeneration) : 0;
                backOff = properties.initialBackOff();
                if (published == 0) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!isCurrent(threadGeneration)) {
                    return;
                }
                failures.increment();
                log.warn("Outbox relay pass failed, next try in {} ms: {}", backOff.toMillis(), e.toString());
                try {
                    Thread.sleep(backOff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backOff = backOff.multipliedBy(2).compareTo(properties.maxBackOff()) > 0
                        ? properties.maxBackOff()
                        : backOff.multipliedBy(2);
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        reconciled = false;
        long threadGeneration = ++generation;
        Thread thread = new Thread(() -> run(threadGeneration), "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /** Returns once no pass is running and none will start; a pass under way finishes first. */
    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeProducer();
            worker = null;
        }
        releaseLease();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the messaging bindings: the relay starts last and stops first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** An event as read from its document. */
    private record Waiting(String collection, Object documentId, Document stored, OutboxEntry entry) {}

    private record Sent(Waiting waiting, Future<RecordMetadata> result) {}

    private record Refused(Waiting waiting, String reason) {}

    /**
     * How many events wait in all the outboxes, and since when: counted in the store, from the sparse
     * index of the documents with events waiting.
     */
    private Backlog backlog() {
        long events = 0;
        Date oldest = null;
        for (String collection : registry.collections()) {
            Document totals = mongo.getCollection(collection)
                    .aggregate(List.of(
                            Aggregates.match(Filters.exists(OutboxEntry.SEQUENCE)),
                            Aggregates.group(
                                    null,
                                    Accumulators.sum("events", new Document("$size", "$" + OutboxEntry.ARRAY)),
                                    Accumulators.min("oldest", "$" + OutboxEntry.SINCE))))
                    .first();
            if (totals != null) {
                events += ((Number) totals.get("events")).longValue();
                Date candidate = totals.getDate("oldest");
                if (candidate != null && (oldest == null || candidate.before(oldest))) {
                    oldest = candidate;
                }
            }
        }
        return new Backlog(events, oldest == null ? null : oldest.toInstant(), clock.instant());
    }

    private record Backlog(long events, Instant oldest, Instant readAt) {

        double oldestAgeSeconds() {
            return oldest == null
                    ? 0
                    : Math.max(0, Duration.between(oldest, readAt).toMillis() / 1000.0);
        }
    }
}
