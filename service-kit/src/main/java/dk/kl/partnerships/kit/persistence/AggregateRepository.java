package dk.kl.partnerships.kit.persistence;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every repository of an aggregate with events shares: reading it by id, and writing it
 * together with the contracts of its recorded events in one atomic write. A service's repository
 * adds its queries; it never names the contracts, which the service declares once in its
 * {@link dk.kl.partnerships.kit.outbox.OutboundEvents}. Created at start-up, it refuses to start
 * when one of the aggregate's events has no contract.
 *
 * @param <A> the aggregate
 * @param <E> its domain event type, sealed or final
 */
public abstract class AggregateRepository<A extends AggregateRoot<E>, E> {

    protected final MongoTemplate mongo;
    private final Class<A> aggregateType;
    private final AggregateStore<A, E> store;

    protected AggregateRepository(
            MongoTemplate mongo, AggregateStores stores, Class<A> aggregateType, Class<E> eventType) {
        this.mongo = mongo;
        this.aggregateType = aggregateType;
        this.store = stores.of(eventType);
    }

    public Optional<A> find(String id) {
        return Optional.ofNullable(mongo.findById(id, aggregateType));
    }

    /**
     * Inserts a new aggregate with its events; a duplicate id stores nothing and throws
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    public A insert(A aggregate) {
        return store.insert(aggregate);
    }

    /**
     * Stores the aggregate's changes with its events, unless someone changed it since it was read
     * ({@link org.springframework.dao.OptimisticLockingFailureException}).
     */
    public A update(A aggregate) {
        return store.update(aggregate);
    }
}
