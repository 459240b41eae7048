package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;

/**
 * What an ordered index knows beyond the candidates for a query: the order of its keys, so that a
 * sorted query with a limit reads the first documents in that order and stops ({@link OrderedReads}),
 * and which documents an equality on its first keys matches exactly, so that they are counted
 * without being read.
 */
interface IndexOrder<P> {

    /**
     * The candidates for {@code query} in the order {@code orderBy} asks for, as far as this index
     * gives it; {@code null} when it gives none of it.
     */
    Scan<P> scan(Document query, Document orderBy);

    /**
     * The documents {@code query} matches, when it is nothing but equalities on the index's first keys;
     * {@code null} otherwise.
     */
    Set<P> exactly(Document query);

    /**
     * Candidates in groups of equal index keys, in sort order. The first {@code sortedKeys} values of
     * a group's key are the ones the sort orders by (with those the query holds equal): the groups come
     * in the sort's order of them, and within a group the sort's further keys, if any, still decide.
     */
    record Scan<P>(NavigableMap<List<Object>, Object> groups, int sortedKeys, Comparator<List<Object>> keyOrder) {

        /** Whether two groups' keys are equal in every value the index orders the sort by. */
        boolean sameSortedValues(List<Object> left, List<Object> right) {
            return keyOrder.compare(left.subList(0, sortedKeys), right.subList(0, sortedKeys)) == 0;
        }

        /** The groups' keys in order; {@link #positions} gives each one's candidates. */
        Iterable<List<Object>> inOrder() {
            return groups.keySet();
        }

        Collection<P> positions(List<Object> key) {
            return OrderedIndex.positionsAt(groups.get(key));
        }
    }
}
