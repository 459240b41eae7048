package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An aggregation whose pipeline starts with {@code $match} — among them the driver's
 * {@code countDocuments}, sent as {@code $match}, then {@code $skip}/{@code $limit}, then
 * {@code $group} — takes its documents from the collection as a find with that filter does, so
 * through the declared indexes, instead of reading the whole collection as mongo-java-server's
 * aggregation does. The whole pipeline, {@code $match} included, still runs over those documents, so
 * the answer is the one a scan gives. A count of an equality on an index's first keys is answered
 * from the index alone ({@link OrderedReads}).
 */
final class IndexedAggregation {

    private static final String COMMAND = "aggregate";
    private static final Document COUNT = new Document("_id", 1).append("n", new Document("$sum", 1));

    private IndexedAggregation() {}

    /** The answer to {@code command}: this class's where it answers it, else the database's own. */
    static Document answerOr(
            MongoDatabase database,
            String command,
            Document query,
            DatabaseResolver databaseResolver,
            Oplog oplog,
            Supplier<Document> otherwise) {
        Document answer = answer(database, command, query, databaseResolver, oplog);
        return answer != null ? answer : otherwise.get();
    }

    /**
     * The answer to {@code command}, or {@code null} when it is not an aggregation this class answers
     * (the database then answers it as before).
     */
    static Document answer(
            MongoDatabase database, String command, Document query, DatabaseResolver databaseResolver, Oplog oplog) {
        if (!COMMAND.equalsIgnoreCase(command) || !(query.get(command) instanceof String collectionName)) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
        if (pipeline.isEmpty() || !(pipeline.get(0).get("$match") instanceof Document match)) {
            return null;
        }
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (collection == null) {
            return null;
        }
        if (isCount(pipeline) && collection instanceof OrderedReads.Collection ordered) {
            Integer counted = ordered.reads().count(match);
            if (counted != null) {
                return answered(
                        database,
                        collectionName,
                        counted == 0 ? List.of() : List.of(new Document("_id", 1).append("n", counted)));
            }
        }
        Aggregation aggregation = Aggregation.fromPipeline(pipeline, databaseResolver, database, collection, oplog);
        aggregation.validate(query);
        return answered(database, collectionName, aggregation.runStages(matching(collection, match)));
    }

    /** The driver's {@code countDocuments} without skip or limit: {@code $match}, then a count of all. */
    private static boolean isCount(List<Document> pipeline) {
        return pipeline.size() == 2 && COUNT.equals(pipeline.get(1).get("$group"));
    }

    private static Document answered(MongoDatabase database, String collectionName, List<Document> firstBatch) {
        Document cursor = new Document("id", 0L)
                .append("ns", database.getDatabaseName() + "." + collectionName)
                .append("firstBatch", firstBatch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /**
     * The documents of {@code collection} that {@code filter} matches, read as a find reads them: one
     * at a time from the store's own collections ({@link OrderedReads#matching}).
     */
    static Stream<Document> matching(MongoCollection<?> collection, Document filter) {
        if (collection instanceof OrderedReads.Collection ordered) {
            return ordered.reads().matching(filter);
        }
        // As "$query", so that a filter on a field named "query" is not taken for a wrapped query.
        Iterable<Document> found = collection.handleQuery(new QueryParameters(new Document("$query", filter), 0, 0));
        return StreamSupport.stream(found.spliterator(), false);
    }
}
