package dk.kl.partnerships.kit.outbox;

import com.mongodb.client.result.UpdateResult;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.kit.audit.AuditTrail;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.events.TraceParent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * Stores an aggregate and the events its change caused in <em>one</em> atomic write of one
 * document: the events wait in the document's {@code _outbox} array until the {@link OutboxRelay}
 * has published them. No multi-document transaction is needed, so a crash can lose neither the
 * change nor its events, and no event can be published for a change that was not stored.
 *
 * <p>Each event is numbered in the order the service stored it ({@link OutboxSequence}), so the relay
 * publishes events of one key in the order they happened, across collections.
 *
 * <p>Every event is followed by its audit entry ({@link AuditTrail}: who made the change, and when),
 * in the same write, published on the service's audit topic.
 *
 * <p>Aggregates are mapped by Spring Data (with {@code @Id} and, for updates, {@code @Version}).
 * They never see the outbox fields; an update leaves events still waiting untouched.
 */
public class Outbox {

    private final MongoTemplate mongo;
    private final OutboxRegistry registry;
    private final OutboxSequence sequence;
    private final EventJson json;
    private final TraceParent traceParent;
    private final Clock clock;
    private final Runnable wakeUpRelay;
    private final AuditTrail audit;

    public Outbox(
            MongoTemplate mongo,
            OutboxRegistry registry,
            EventJson json,
            TraceParent traceParent,
            Clock clock,
            Runnable wakeUpRelay) {
        this.mongo = mongo;
        this.registry = registry;
        this.sequence = new OutboxSequence(mongo);
        this.json = json;
        this.audit = new AuditTrail(json);
        this.traceParent = traceParent;
        this.clock = clock;
        this.wakeUpRelay = wakeUpRelay;
    }

    /**
     * Inserts a new aggregate with its events. A duplicate id throws
     * {@link org.springframework.dao.DuplicateKeyException} and stores nothing, which makes
     * inserts under natural keys idempotent.
     *
     * @return the aggregate as stored (with its version set to 0 when it has one)
     */
    public <T> T insert(T aggregate, Collection<? extends IntegrationEvent> events) {
        MongoPersistentEntity<?> entity = entityOf(aggregate);
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(aggregate);
        if (entity.hasVersionProperty() && accessor.getProperty(entity.getRequiredVersionProperty()) == null) {
            accessor.setProperty(entity.getRequiredVersionProperty(), 0L);
        }
        T stored = accessor.getBean();
        Document document = new Document();
        converter().write(stored, document);
        List<Document> entries = entries(events);
        if (!entries.isEmpty()) {
            document.append(OutboxEntry.ARRAY, entries)
                    .append(OutboxEntry.SINCE, entries.get(0).getDate("time"))
                    .append(OutboxEntry.SEQUENCE, entries.get(0).get("seq"));
        }
        String collection = registry.register(entity.getCollection());
        mongo.execute(collection, c -> c.insertOne(document));
        wakeUp(entries);
        return stored;
    }

    /**
     * Replaces the aggregate's state and appends its events, if nobody changed it since it was read
     * (its {@code @Version} still matches); otherwise throws {@link OptimisticLockingFailureException}
     * and stores nothing.
     *
     * @return the aggregate as stored, with its version incremented
     */
    public <T> T update(T aggregate, Collection<? extends IntegrationEvent> events) {
        MongoPersistentEntity<?> entity = entityOf(aggregate);
        MongoPersistentProperty versionProperty = entity.getRequiredVersionProperty();
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(aggregate);
        Number expected = (Number) accessor.getProperty(versionProperty);
        if (expected == null) {
            throw new IllegalArgumentException("An aggregate must be inserted before it is updated");
        }
        accessor.setProperty(versionProperty, expected.longValue() + 1);
        T stored = accessor.getBean();

        Document state = new Document();
        converter().write(stored, state);
        Object id = state.remove("_id");
        Document update = new Document("$set", state);
        Document unset = new Document();
        for (MongoPersistentProperty property : entity) {
            if (!property.isIdProperty() && !state.containsKey(property.getFieldName())) {
                unset.append(property.getFieldName(), "");
            }
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        List<Document> entries = entries(events);
        if (!entries.isEmpty()) {
            update.append("$push", new Document(OutboxEntry.ARRAY, new Document("$each", entries)))
                    .append(
                            "$min",
                            new Document(OutboxEntry.SINCE, entries.get(0).getDate("time"))
                                    .append(OutboxEntry.SEQUENCE, entries.get(0).get("seq")));
        }
        Document filter = new Document("_id", id).append(versionProperty.getFieldName(), expected);

        String collection = registry.register(entity.getCollection());
        UpdateResult result = mongo.execute(collection, c -> c.updateOne(filter, update));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("%s %s was changed by someone else (expected version %s)"
                    .formatted(entity.getType().getSimpleName(), id, expected));
        }
        wakeUp(entries);
        return stored;
    }

    /**
     * The outbox entries of the events, each followed by its audit entry ({@link AuditTrail}): both are
     * in the one write of the change, so the trail holds every change stored and none that was not.
     */
    private List<Document> entries(Collection<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Stamped> stamped = new ArrayList<>();
        for (IntegrationEvent event : events) {
            String id = UUID.randomUUID().toString();
            stamped.add(new Stamped(id, event));
            audit.entryFor(event, id, now)
                    .ifPresent(
                            entry -> stamped.add(new Stamped(UUID.randomUUID().toString(), entry)));
        }
        String traceparent = traceParent.current();
        long first = sequence.next(stamped.size());
        AtomicLong next = new AtomicLong(first);
        return stamped.stream()
                .map(s -> {
                    EventType type = EventType.of(s.event());
                    return new OutboxEntry(
                                    s.id(),
                                    next.getAndIncrement(),
                                    type.topic().topicName(),
                                    s.event().key(),
                                    type.ceType(),
                                    type.ceSource(),
                                    now,
                                    json.write(s.event()),
                                    traceparent)
                            .toDocument();
                })
                .toList();
    }

    private record Stamped(String id, IntegrationEvent event) {}

    private void wakeUp(List<Document> entries) {
        if (!entries.isEmpty()) {
            wakeUpRelay.run();
        }
    }

    private MongoConverter converter() {
        return mongo.getConverter();
    }

    private MongoPersistentEntity<?> entityOf(Object aggregate) {
        return converter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
    }
}
