package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;

/**
 * A unique index (the {@code _id} index included) that also answers queries naming more fields than
 * its own, such as an update of {@code {_id, version}}: mongo-java-server uses a unique index only
 * for a query on exactly its fields and scans the collection otherwise. Here the lookup takes the
 * query's values for the index's fields; the store then matches the one candidate against the whole
 * query. A compound one also answers, as MongoDB's does, queries on a prefix of its keys (and then a
 * range on the next), through an {@link OrderedIndex} of the same keys kept beside it.
 */
final class UniqueKeyIndex<P> extends Index<P> implements IndexOrder<P> {

    private final Index<P> unique;
    /** For a compound index, its keys in order, for queries on a prefix of them; {@code null} otherwise. */
    private final OrderedIndex<P> ordered;

    UniqueKeyIndex(Index<P> unique, List<IndexKey> keys, boolean sparse) {
        super(unique.getName(), keys, sparse);
        this.unique = unique;
        this.ordered = keys.size() > 1 ? new OrderedIndex<>(unique.getName(), keys, sparse) : null;
    }

    /**
     * Orders the documents the unique index already holds — a reopened file's — for queries on a
     * prefix of its keys; the store adds a new index's documents itself.
     */
    void orderStored(MongoCollection<P> collection) {
        if (ordered == null || collection == null || unique.isEmpty()) {
            return;
        }
        for (Document document : collection.queryAll()) {
            P position = unique.getPosition(document);
            if (position != null) {
                ordered.add(document, position, collection);
            }
        }
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        return handlesExactly(query) || (ordered != null && ordered.canHandle(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return handlesExactly(query) ? unique.getPositions(ownFields(query)) : ordered.getPositions(query);
    }

    @Override
    public Scan<P> scan(Document query, Document orderBy) {
        return ordered == null || handlesExactly(query) ? null : ordered.scan(query, orderBy);
    }

    @Override
    public Set<P> exactly(Document query) {
        return ordered == null ? null : ordered.exactly(query);
    }

    private boolean handlesExactly(Document query) {
        Document own = ownFields(query);
        return own != null && unique.canHandle(own);
    }

    /** The query's conditions on the index's fields, if it has one for each of them. */
    private Document ownFields(Document query) {
        Document own = new Document();
        for (IndexKey key : getKeys()) {
            if (!query.containsKey(key.getKey())) {
                return null;
            }
            own.put(key.getKey(), query.get(key.getKey()));
        }
        return own;
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
        if (ordered != null) {
            ordered.add(document, position, collection);
        }
    }

    @Override
    public P remove(Document document) {
        if (ordered != null) {
            ordered.remove(document);
        }
        return unique.remove(document);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public boolean isEmpty() {
        return unique.isEmpty();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
        if (ordered != null) {
            ordered.updateInPlace(oldDocument, newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        if (ordered != null) {
            ordered.drop();
        }
        unique.drop();
    }
}
