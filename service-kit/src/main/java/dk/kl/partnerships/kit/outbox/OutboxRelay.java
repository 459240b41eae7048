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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in outbox arrays to Kafka, oldest first, then removes them from
 * their documents. Each pass is one Kafka transaction that also writes a checkpoint naming the
 * events it carried ({@link OutboxCheckpoints}); after a crash, or any pass whose outcome is
 * unknown, the relay first removes the events of the last committed checkpoint. So every event
 * reaches Kafka exactly once for consumers that read committed records — even when the process is
 * killed between Kafka's commit and MongoDB's update. While Kafka or MongoDB is unavailable the
 * relay backs off and tries again; after a restart it continues with what is still waiting.
 *
 * <p>Of several instances of a service, the one holding a lease in MongoDB relays; the others
 * take over when it stops renewing it. The transactional producer id fences a former holder.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASES = "outbox_lease";
    private static final String LEASE_ID = "relay";

    private final MongoTemplate mongo;
    private final OutboxRegistry registry;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxCheckpoints checkpoints;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter failures;
    private final String instanceId = UUID.randomUUID().toString();
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private volatile long generation;
    private volatile Thread worker;
    private Producer<String, byte[]> producer;
    private boolean reconciled;

    public OutboxRelay(
            MongoTemplate mongo,
            OutboxRegistry registry,
            Supplier<Producer<String, byte[]>> producers,
            OutboxCheckpoints checkpoints,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters,
            StateGauges gauges) {
        this.mongo = mongo;
        this.registry = registry;
        this.producers = producers;
        this.checkpoints = checkpoints;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.failures = Counter.builder("partnerships.outbox.publish.failures")
                .description("Relay passes that failed to publish waiting events (Kafka or MongoDB unavailable)")
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
    }

    /** Asks the relay to look for waiting events now instead of at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * One pass: publishes what is waiting, oldest first, in one transaction, and removes it.
     *
     * @return the number of events published
     * @throws RuntimeException when Kafka or MongoDB failed; nothing of the pass is visible then
     */
    public synchronized int relayOnce() {
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
            List<Waiting> waiting = readWaiting();
            if (waiting.isEmpty()) {
                return 0;
            }
            kafka.beginTransaction();
            for (Waiting w : waiting) {
                kafka.send(record(w.entry()));
            }
            kafka.send(
                    checkpoints.record(waiting.stream().map(w -> w.entry().id()).toList()));
            kafka.commitTransaction();
            published(waiting);
            return waiting.size();
        } catch (RuntimeException e) {
            // Whether a transaction committed is unknown: start afresh and reconcile before the next pass.
            reconciled = false;
            closeProducer();
            throw e;
        }
    }

    private void published(List<Waiting> waiting) {
        forgetPublished(waiting.stream().map(w -> w.entry().id()).toList());
        for (Waiting w : waiting) {
            String event = EventType.ofCeType(w.entry().type())
                    .map(EventType::eventName)
                    .orElse(w.entry().type());
            meters.counter("partnerships.outbox.published", "event", event).increment();
        }
    }

    private List<Waiting> readWaiting() {
        List<Waiting> waiting = new ArrayList<>();
        for (String collection : registry.collections()) {
            for (Document document : mongo.getCollection(collection)
                    .find(Filters.exists(OutboxEntry.SINCE))
                    .projection(Projections.include(OutboxEntry.ARRAY))
                    .sort(Sorts.ascending(OutboxEntry.SINCE))
                    .limit(properties.batchSize())) {
                for (Document entry : document.getList(OutboxEntry.ARRAY, Document.class, List.of())) {
                    waiting.add(new Waiting(OutboxEntry.fromDocument(entry)));
                }
            }
        }
        waiting.sort(Comparator.comparing(w -> w.entry().time()));
        return waiting;
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

    /** Removes published events from whichever documents hold them. */
    private void forgetPublished(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Document published = new Document(OutboxEntry.ARRAY, new Document("_id", new Document("$in", eventIds)));
        for (String collection : registry.collections()) {
            List<WriteModel<Document>> writes = List.of(
                    new UpdateManyModel<>(
                            Filters.in(OutboxEntry.ARRAY + "._id", eventIds), Updates.pullByFilter(published)),
                    new UpdateManyModel<>(
                            Filters.and(Filters.exists(OutboxEntry.SINCE), Filters.size(OutboxEntry.ARRAY, 0)),
                            Updates.unset(OutboxEntry.SINCE)));
            mongo.getCollection(collection).bulkWrite(writes);
        }
    }

    private boolean holdsLease() {
        Instant now = clock.instant();
        try {
            mongo.getCollection(LEASES)
                    .updateOne(
                            Filters.and(
                                    Filters.eq("_id", LEASE_ID),
                                    Filters.or(Filters.eq("owner", instanceId), Filters.lt("until", Date.from(now)))),
                            Updates.combine(
                                    Updates.set("owner", instanceId),
                                    Updates.set("until", Date.from(now.plus(properties.leaseTime())))),
                            new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException | DuplicateKeyException e) {
            return false;
        }
    }

    private void releaseLease() {
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
                int published = holdsLease() ? passOf(threadGeneration) : 0;
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

    private record Waiting(OutboxEntry entry) {}

    /** How many events wait in all the outboxes, and since when. */
    private Backlog backlog() {
        long events = 0;
        Date oldest = null;
        for (String collection : registry.collections()) {
            Document totals = mongo.getCollection(collection)
                    .aggregate(List.of(
                            Aggregates.match(Filters.exists(OutboxEntry.SINCE)),
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
