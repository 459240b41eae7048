package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A non-unique secondary index, which mongo-java-server itself only records and ignores: the key
 * values of every document, ordered as MongoDB orders them, so that a query with equality on a prefix
 * of the keys — and then a range, an {@code $in} or {@code $exists} on the next key — reads only the
 * documents in that part of the index instead of the whole collection. The index only narrows: the
 * store still matches every candidate against the whole query, so it may answer with more candidates
 * than match, never with fewer. Queries it cannot narrow (no usable key, sub-document or array
 * values) scan as before.
 *
 * <p>It lives in memory and is built from the stored documents when the store opens; the documents
 * themselves stay where the backend keeps them.
 */
final class OrderedIndex<P> extends Index<P> implements IndexOrder<P> {

    private static final Object LOWEST = new Object();
    private static final Object HIGHEST = new Object();
    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final String ID = "_id";

    private final boolean sparse;
    /**
     * Each key's position, or its {@link Several} positions: most keys belong to one document, and an
     * index holds an entry for every document the store holds, so an entry must cost little memory.
     */
    private final NavigableMap<List<Object>, Object> entries = new TreeMap<>(OrderedIndex::compareKeys);

    private final Map<Object, P> positionsById = new HashMap<>();

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.sparse = sparse;
    }

    /**
     * Tells the collection that a document missing here is no error: the position of a document
     * removed or updated is the one its {@code _id} index holds, which every collection has.
     */
    @Override
    protected boolean isSparse() {
        return true;
    }

    @Override
    public boolean hasSameOptions(Index<?> other) {
        return other instanceof OrderedIndex<?> ordered && ordered.sparse == sparse;
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    /** Refuses, before the store writes it, a document this index cannot hold (e.g. parallel arrays). */
    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        if (!leftOut(document)) {
            getKeyValues(document);
        }
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (leftOut(document)) {
            return;
        }
        for (List<Object> key : keysOf(document)) {
            entries.merge(key, position, OrderedIndex::together);
        }
        positionsById.put(document.get(ID), position);
    }

    @Override
    public P remove(Document document) {
        P position = positionsById.remove(document.get(ID));
        if (position != null) {
            forget(document, position);
        }
        return position;
    }

    /** Takes the position out of the entries of the document's keys, as it is stored (or was, before an update). */
    private void forget(Document stored, P position) {
        for (List<Object> key : keysOf(stored)) {
            entries.computeIfPresent(key, (k, at) -> without(at, position));
        }
    }

    /** The document's distinct keys in this index: one, or one per element of an indexed array. */
    private Set<List<Object>> keysOf(Document document) {
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (KeyValue keyValue : getKeyValues(document)) {
            keys.add(keyValue.stream().toList());
        }
        return keys;
    }

    private static Object together(Object at, Object position) {
        if (at instanceof Several<?> several) {
            @SuppressWarnings("unchecked")
            Several<Object> positions = (Several<Object>) several;
            positions.add(position);
            return positions;
        }
        if (at.equals(position)) {
            return at;
        }
        Several<Object> positions = new Several<>();
        positions.add(at);
        positions.add(position);
        return positions;
    }

    /** What is left at a key without the position; {@code null} (the entry goes) when nothing is. */
    private static Object without(Object at, Object position) {
        if (at instanceof Several<?> several) {
            several.remove(position);
            return several.size() == 1 ? several.iterator().next() : several.isEmpty() ? null : several;
        }
        return at.equals(position) ? null : at;
    }

    /** The positions at a key. */
    @SuppressWarnings("unchecked")
    static <P> Collection<P> positionsAt(Object at) {
        return at instanceof Several<?> several ? (Collection<P>) several : List.of((P) at);
    }

    /** More than one document's position at one key. */
    private static final class Several<P> extends LinkedHashSet<P> {}

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        checkAdd(newDocument, collection);
    }

    /** A sparse index leaves out a document that has none of its fields. */
    private boolean leftOut(Document document) {
        return sparse
                && keys().stream()
                        .allMatch(key -> Utils.getSubdocumentValueCollectionAware(document, key) instanceof Missing);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (positionsById.remove(oldDocument.get(ID)) != null) {
            forget(oldDocument, position);
        }
        add(newDocument, position, collection);
    }

    @Override
    public boolean canHandle(Document query) {
        return ranges(query) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return positions(query);
    }

    /** The candidates for the query, each once. */
    private Set<P> positions(Document query) {
        Set<P> positions = new LinkedHashSet<>();
        for (Range range : ranges(query)) {
            for (Object at :
                    entries.subMap(range.from(), true, range.to(), true).values()) {
                positions.addAll(positionsAt(at));
            }
        }
        return positions;
    }

    @Override
    public Scan<P> scan(Document query, Document orderBy) {
        List<Range> ranges = ranges(query);
        if (ranges == null || ranges.size() != 1 || orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        List<String> keys = keys();
        int equal = equalityPrefix(query);
        // The sort's keys after those the query holds equal: the index gives their order if they are its
        // next keys, all ascending (its own order) or all descending (read backwards).
        int sorted = 0;
        Boolean ascending = null;
        for (String field : orderBy.keySet()) {
            if (keys.subList(0, equal).contains(field)) {
                continue;
            }
            if (equal + sorted >= keys.size()
                    || !keys.get(equal + sorted).equals(field)
                    || !(orderBy.get(field) instanceof Number direction)) {
                break;
            }
            boolean up = direction.intValue() > 0;
            if (ascending != null && ascending != up) {
                break;
            }
            ascending = up;
            sorted++;
        }
        if (ascending == null) {
            return null;
        }
        Range range = ranges.get(0);
        NavigableMap<List<Object>, Object> part = entries.subMap(range.from(), true, range.to(), true);
        return new Scan<>(ascending ? part : part.descendingMap(), equal + sorted, OrderedIndex::compareKeys);
    }

    @Override
    public Set<P> exactly(Document query) {
        int equal = equalityPrefix(query);
        if (equal == 0 || equal != query.size()) {
            return null;
        }
        return positions(query);
    }

    /** How many of the index's first keys the query holds equal to a value. */
    private int equalityPrefix(Document query) {
        List<String> keys = keys();
        int position = 0;
        while (position < keys.size() && isEquality(query, keys.get(position))) {
            position++;
        }
        return position;
    }

    /**
     * Whether the query holds the key equal to one value: a scalar, or {@code null}, which MongoDB
     * matches to a missing field as well, as the index does (the two compare equal in its order) unless
     * it is sparse and leaves out the documents that have none of its fields.
     */
    private boolean isEquality(Document query, String key) {
        Object value = query.get(key);
        return isScalar(value) || (value == null && query.containsKey(key) && !sparse);
    }

    /**
     * The parts of the index that hold every document the query can match, or {@code null} when the
     * query does not narrow this index.
     */
    private List<Range> ranges(Document query) {
        List<String> keys = keys();
        int position = equalityPrefix(query);
        List<Object> prefix = new ArrayList<>();
        for (String key : keys.subList(0, position)) {
            prefix.add(normalized(query.get(key)));
        }
        if (position < keys.size() && query.get(keys.get(position)) instanceof Document operators) {
            List<Range> narrowed = narrowedBy(prefix, operators, position == 0);
            if (narrowed != null) {
                return narrowed;
            }
        }
        return prefix.isEmpty() ? null : List.of(new Range(padded(prefix, LOWEST), padded(prefix, HIGHEST)));
    }

    /** The ranges that the operators on the key after the prefix leave, if they narrow it. */
    private List<Range> narrowedBy(List<Object> prefix, Document operators, boolean firstKey) {
        if (operators.get("$in") instanceof Collection<?> values
                && values.stream().allMatch(OrderedIndex::isScalar)) {
            return values.stream()
                    .map(value -> {
                        List<Object> exact = new ArrayList<>(prefix);
                        exact.add(normalized(value));
                        return new Range(padded(exact, LOWEST), padded(exact, HIGHEST));
                    })
                    .toList();
        }
        Object lower = bound(operators, "$gt", "$gte");
        Object upper = bound(operators, "$lt", "$lte");
        if (lower != null || upper != null) {
            List<Object> from = new ArrayList<>(prefix);
            from.add(lower == null ? LOWEST : normalized(lower));
            List<Object> to = new ArrayList<>(prefix);
            to.add(upper == null ? HIGHEST : normalized(upper));
            return List.of(new Range(padded(from, LOWEST), padded(to, HIGHEST)));
        }
        // A sparse index holds exactly the documents that have one of its fields.
        if (firstKey && sparse && Boolean.TRUE.equals(operators.get("$exists")) && operators.size() == 1) {
            return List.of(new Range(padded(List.of(), LOWEST), padded(List.of(), HIGHEST)));
        }
        return null;
    }

    private static Object bound(Document operators, String exclusive, String inclusive) {
        Object value = operators.containsKey(exclusive) ? operators.get(exclusive) : operators.get(inclusive);
        return value instanceof Number || value instanceof String || isDate(value) ? value : null;
    }

    private List<Object> padded(List<Object> start, Object filler) {
        List<Object> key = new ArrayList<>(start);
        while (key.size() < keys().size()) {
            key.add(filler);
        }
        return key;
    }

    /** Values whose equality MongoDB decides as the index's order does. */
    private static boolean isScalar(Object value) {
        return value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || isDate(value)
                || value instanceof ObjectId
                || value instanceof UUID;
    }

    /** A BSON date, as the store reads it from the wire (an {@code Instant}) or as it is given in code. */
    private static boolean isDate(Object value) {
        return value instanceof Instant || value instanceof Date;
    }

    /** As the store normalises the values it indexes: every number that fits a double as a double. */
    private static Object normalized(Object value) {
        if (value instanceof Long number && (double) number != number) {
            return value;
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble == -0.0 ? 0.0 : asDouble;
        }
        return value;
    }

    private static int compareKeys(List<Object> left, List<Object> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int compared = compareValues(left.get(i), right.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareValues(Object left, Object right) {
        if (left == right) {
            return 0;
        }
        if (left == LOWEST || right == HIGHEST) {
            return -1;
        }
        if (left == HIGHEST || right == LOWEST) {
            return 1;
        }
        return VALUES.compare(left, right);
    }

    @Override
    public long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
        positionsById.clear();
    }

    private record Range(List<Object> from, List<Object> to) {}
}
