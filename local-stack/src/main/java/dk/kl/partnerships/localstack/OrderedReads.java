package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * Collections that answer a sorted query with a limit in the order of an index, as MongoDB does: the
 * documents are read in the index's order until the limit is reached, instead of every candidate
 * being read and then sorted. So "the highest number of the year" or "a municipality's latest
 * invoices" read a handful of documents however many are stored. Where the index gives only the
 * first keys of the sort, reading goes on to the end of the last group of equal values, and the
 * store sorts what was read by the whole sort; the answer is always the one a full read gives.
 * Counting an equality on an index's first keys takes the index's entries without reading documents.
 */
final class OrderedReads {

    private OrderedReads() {}

    /** What a collection lends the reads here. */
    interface Reads<P> {

        List<Index<P>> indexes();

        Document read(P position);

        boolean matches(Document document, Document query);

        /** Every document, one after the other as they are read. */
        Stream<Document> all();

        /** How many documents the collection holds. */
        int size();

        /** The store's own answer from these candidates: matched, sorted, skipped, limited and projected. */
        QueryResult answer(
                Document query,
                Iterable<P> candidates,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document projection);
    }

    /** Documents a collection here has read by position since it opened: what its queries examined. */
    interface Examined {
        long documentsRead();
    }

    static <P> QueryResult query(
            Reads<P> collection,
            Document query,
            Document orderBy,
            int skip,
            int limit,
            int batchSize,
            Document projection,
            Supplier<QueryResult> otherwise) {
        Document flat = flattened(query);
        Index<P> index = firstHandling(collection, flat);
        if (index == null) {
            return otherwise.get();
        }
        IndexOrder.Scan<P> scan = limit > 0 ? scan(index, flat, orderBy) : null;
        if (scan == null) {
            return collection.answer(query, index.getPositions(flat), orderBy, skip, limit, batchSize, projection);
        }
        int wanted = skip + limit;
        Set<P> chosen = new LinkedHashSet<>();
        List<Object> last = null;
        for (List<Object> key : scan.inOrder()) {
            if (chosen.size() >= wanted && !scan.sameSortedValues(last, key)) {
                break;
            }
            for (P position : scan.positions(key)) {
                if (!chosen.contains(position) && collection.matches(collection.read(position), query)) {
                    chosen.add(position);
                    last = key;
                }
            }
        }
        return collection.answer(query, chosen, orderBy, skip, limit, batchSize, projection);
    }

    /**
     * The documents {@code filter} matches, read one at a time — through the first index that narrows
     * it, else from the whole collection — so that an aggregation over many documents holds only what
     * its stages keep, not every document it reads.
     */
    static <P> Stream<Document> matching(Reads<P> collection, Document filter) {
        Document flat = flattened(filter);
        Index<P> index = firstHandling(collection, flat);
        Stream<Document> candidates = index == null
                ? collection.all()
                : StreamSupport.stream(index.getPositions(flat).spliterator(), false)
                        .map(collection::read);
        return candidates.filter(document -> collection.matches(document, filter));
    }

    /** How many documents match {@code query}, from an index alone; {@code null} when no index can tell. */
    static <P> Integer count(Reads<P> collection, Document query) {
        if (query == null || query.isEmpty()) {
            return collection.size();
        }
        Document flat = flattened(query);
        Index<P> index = firstHandling(collection, flat);
        Set<?> matching = index instanceof IndexOrder<?> ordered ? ordered.exactly(flat) : null;
        return matching == null ? null : matching.size();
    }

    /** The store reads through the first index that narrows the query; here, too, if it gives the order. */
    @SuppressWarnings("unchecked")
    private static <P> IndexOrder.Scan<P> scan(Index<P> index, Document query, Document orderBy) {
        return index instanceof IndexOrder<?> ordered ? ((IndexOrder<P>) ordered).scan(query, orderBy) : null;
    }

    /**
     * The query with a top-level {@code $and} of conditions on distinct fields written as the one
     * document it is equal to ({@code Filters.and} always writes {@code $and}), so that its fields can
     * be looked up in an index, as MongoDB's planner does; any other query as it is.
     */
    static Document flattened(Document query) {
        if (query == null || !(query.get("$and") instanceof List<?> parts)) {
            return query;
        }
        Document flat = new Document();
        for (String field : query.keySet()) {
            if (!field.equals("$and")) {
                flat.put(field, query.get(field));
            }
        }
        for (Object part : parts) {
            if (!(part instanceof Document condition)) {
                return query;
            }
            for (String field : condition.keySet()) {
                if (field.startsWith("$") || flat.containsKey(field)) {
                    return query;
                }
                flat.put(field, condition.get(field));
            }
        }
        return flat;
    }

    private static <P> Index<P> firstHandling(Reads<P> collection, Document query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (Index<P> index : collection.indexes()) {
            if (index.canHandle(query)) {
                return index;
            }
        }
        return null;
    }

    /** A collection persisted in the store's file. */
    static final class H2 extends H2Collection implements Reads<Object>, Examined {

        private long read;

        H2(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
            return OrderedReads.query(
                    this,
                    query,
                    orderBy,
                    skip,
                    limit,
                    batchSize,
                    projection,
                    () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, projection));
        }

        @Override
        public int count(Document query, int skip, int limit) {
            Integer counted = skip == 0 && limit == 0 ? OrderedReads.count(this, query) : null;
            return counted != null ? counted : super.count(query, skip, limit);
        }

        @Override
        protected Document getDocument(Object position) {
            read++;
            return super.getDocument(position);
        }

        @Override
        public List<Index<Object>> indexes() {
            return getIndexes();
        }

        @Override
        public Stream<Document> all() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }

        @Override
        public int size() {
            return count();
        }

        @Override
        public Document read(Object position) {
            return getDocument(position);
        }

        @Override
        public boolean matches(Document document, Document query) {
            return documentMatchesQuery(document, query);
        }

        @Override
        public QueryResult answer(
                Document query,
                Iterable<Object> candidates,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document projection) {
            return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, projection);
        }

        @Override
        public long documentsRead() {
            return read;
        }
    }

    /** A collection of the store that forgets everything when it stops. */
    static final class Memory extends MemoryCollection implements Reads<Integer>, Examined {

        private long read;

        Memory(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
            return OrderedReads.query(
                    this,
                    query,
                    orderBy,
                    skip,
                    limit,
                    batchSize,
                    projection,
                    () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, projection));
        }

        @Override
        public int count(Document query, int skip, int limit) {
            Integer counted = skip == 0 && limit == 0 ? OrderedReads.count(this, query) : null;
            return counted != null ? counted : super.count(query, skip, limit);
        }

        @Override
        protected Document getDocument(Integer position) {
            read++;
            return super.getDocument(position);
        }

        @Override
        public List<Index<Integer>> indexes() {
            return getIndexes();
        }

        @Override
        public Stream<Document> all() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }

        @Override
        public int size() {
            return count();
        }

        @Override
        public Document read(Integer position) {
            return getDocument(position);
        }

        @Override
        public boolean matches(Document document, Document query) {
            return documentMatchesQuery(document, query);
        }

        @Override
        public QueryResult answer(
                Document query,
                Iterable<Integer> candidates,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document projection) {
            return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, projection);
        }

        @Override
        public long documentsRead() {
            return read;
        }
    }
}
