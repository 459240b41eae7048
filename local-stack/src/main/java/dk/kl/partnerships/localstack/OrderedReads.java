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
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * How the store's collections read through their indexes beyond what mongo-java-server does:
 *
 * <ul>
 *   <li>A sorted query with a limit is read in the order of an index, as MongoDB does: documents are
 *       read in the index's order until the limit is reached, instead of every candidate being read and
 *       then sorted. So "the highest number of the year" or "a municipality's latest invoices" read a
 *       handful of documents however many are stored. Where the index gives only the first keys of the
 *       sort, reading goes on to the end of the last group of equal values, and the store sorts what
 *       was read by the whole sort; the answer is always the one a full read gives.
 *   <li>A top-level {@code $and} of conditions on distinct fields is looked up as the one document it
 *       equals ({@link #flattened}).
 *   <li>Counting an equality on an index's first keys takes the index's entries without reading
 *       documents, and an aggregation reads its documents one at a time ({@link #matching}).
 * </ul>
 *
 * @param <P> the collection's document positions
 */
final class OrderedReads<P> {

    /** The store's own answer from these candidates: matched, sorted, skipped, limited and projected. */
    @FunctionalInterface
    interface Answer<P> {
        QueryResult answer(
                Document query,
                Iterable<P> candidates,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document projection);
    }

    /** A collection that reads as described here. */
    interface Collection {

        OrderedReads<?> reads();

        /** Documents read by position since the collection opened: what its queries examined. */
        long documentsRead();
    }

    private final Supplier<List<Index<P>>> indexes;
    private final Function<P, Document> read;
    private final BiPredicate<Document, Document> matches;
    private final Answer<P> answer;
    private final Supplier<Stream<DocumentWithPosition<P>>> all;
    private final IntSupplier size;

    OrderedReads(
            Supplier<List<Index<P>>> indexes,
            Function<P, Document> read,
            BiPredicate<Document, Document> matches,
            Answer<P> answer,
            Supplier<Stream<DocumentWithPosition<P>>> all,
            IntSupplier size) {
        this.indexes = indexes;
        this.read = read;
        this.matches = matches;
        this.answer = answer;
        this.all = all;
        this.size = size;
    }

    QueryResult query(
            Document query,
            Document orderBy,
            int skip,
            int limit,
            int batchSize,
            Document projection,
            Supplier<QueryResult> otherwise) {
        Document flat = flattened(query);
        Index<P> index = firstHandling(flat);
        if (index == null) {
            return otherwise.get();
        }
        IndexOrder.Scan<P> scan = limit > 0 ? scan(index, flat, orderBy) : null;
        if (scan == null) {
            return answer.answer(query, index.getPositions(flat), orderBy, skip, limit, batchSize, projection);
        }
        int wanted = skip + limit;
        Set<P> chosen = new LinkedHashSet<>();
        List<Object> last = null;
        for (List<Object> key : scan.inOrder()) {
            if (chosen.size() >= wanted && !scan.sameSortedValues(last, key)) {
                break;
            }
            for (P position : scan.positions(key)) {
                if (!chosen.contains(position) && matches.test(read.apply(position), query)) {
                    chosen.add(position);
                    last = key;
                }
            }
        }
        return answer.answer(query, chosen, orderBy, skip, limit, batchSize, projection);
    }

    /**
     * The documents {@code filter} matches, read one at a time — through the first index that narrows
     * it, else from the whole collection — so that an aggregation over many documents holds only what
     * its stages keep, not every document it reads.
     */
    Stream<Document> matching(Document filter) {
        Document flat = flattened(filter);
        Index<P> index = firstHandling(flat);
        Stream<Document> candidates = index == null
                ? all.get().map(DocumentWithPosition::getDocument)
                : StreamSupport.stream(index.getPositions(flat).spliterator(), false)
                        .map(read);
        return candidates.filter(document -> matches.test(document, filter));
    }

    /** How many documents match {@code query}, from an index alone; {@code null} when no index can tell. */
    Integer count(Document query) {
        if (query == null || query.isEmpty()) {
            return size.getAsInt();
        }
        Document flat = flattened(query);
        Set<?> matching = firstHandling(flat) instanceof IndexOrder<?> ordered ? ordered.exactly(flat) : null;
        return matching == null ? null : matching.size();
    }

    /** A count with neither skip nor limit, from an index where one can tell it; else as the store counts. */
    int count(Document query, int skip, int limit, IntSupplier otherwise) {
        Integer counted = skip == 0 && limit == 0 ? count(query) : null;
        return counted != null ? counted : otherwise.getAsInt();
    }

    /** The store reads through the first index that narrows the query; here, too, if it gives the order. */
    @SuppressWarnings("unchecked")
    private IndexOrder.Scan<P> scan(Index<P> index, Document query, Document orderBy) {
        return index instanceof IndexOrder<?> ordered ? ((IndexOrder<P>) ordered).scan(query, orderBy) : null;
    }

    private Index<P> firstHandling(Document query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (Index<P> index : indexes.get()) {
            if (index.canHandle(query)) {
                return index;
            }
        }
        return null;
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

    /** A collection persisted in the store's file. */
    static final class H2 extends H2Collection implements Collection {

        private final OrderedReads<Object> reads = new OrderedReads<>(
                this::getIndexes,
                this::getDocument,
                this::documentMatchesQuery,
                this::matchDocuments,
                this::streamAllDocumentsWithPosition,
                this::count);
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
            return reads.query(
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
            return reads.count(query, skip, limit, () -> super.count(query, skip, limit));
        }

        @Override
        protected Document getDocument(Object position) {
            read++;
            return super.getDocument(position);
        }

        @Override
        public OrderedReads<?> reads() {
            return reads;
        }

        @Override
        public long documentsRead() {
            return read;
        }
    }

    /** A collection of the store that forgets everything when it stops. */
    static final class Memory extends MemoryCollection implements Collection {

        private final OrderedReads<Integer> reads = new OrderedReads<>(
                this::getIndexes,
                this::getDocument,
                this::documentMatchesQuery,
                this::matchDocuments,
                this::streamAllDocumentsWithPosition,
                this::count);
        private long read;

        Memory(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
            return reads.query(
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
            return reads.count(query, skip, limit, () -> super.count(query, skip, limit));
        }

        @Override
        protected Document getDocument(Integer position) {
            read++;
            return super.getDocument(position);
        }

        @Override
        public OrderedReads<?> reads() {
            return reads;
        }

        @Override
        public long documentsRead() {
            return read;
        }
    }
}
