package dk.kl.partnerships.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store reads a query on indexed fields through the index — the candidates it examines are the
 * matching documents, not the whole collection — and still answers exactly what a scan would.
 */
class DeclaredIndexesIntegrationTests {

    private static final int DOCUMENTS = 2_000;

    private final List<MongoServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(MongoServer::shutdownNow);
    }

    /** A client over a real connection to a server of {@code backend}, which runs until the test ends. */
    private MongoClient connectedTo(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        servers.add(server);
        return MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @Test
    void aQueryOnADeclaredIndexExaminesOnlyTheDocumentsItMatches() {
        MongoBackend backend = IndexedBackends.inMemory();
        try (MongoClient client = connectedTo(backend)) {
            MongoCollection<org.bson.Document> invoices =
                    client.getDatabase("test").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("municipalityCode", "dueOn"));
            invoices.createIndex(Indexes.ascending("_outboxSeq"), new IndexOptions().sparse(true));
            for (int i = 0; i < DOCUMENTS; i++) {
                org.bson.Document invoice = new org.bson.Document("_id", "i" + i)
                        .append("municipalityCode", String.valueOf(100 + i % 100))
                        .append("dueOn", i);
                if (i % 500 == 0) {
                    invoice.append("_outboxSeq", (long) i);
                }
                invoices.insertOne(invoice);
            }
        }
        var collection = backend.resolveDatabase("test").resolveCollection("invoices", true);

        assertThat(candidates(collection.getIndexes(), new Document("municipalityCode", "101")))
                .hasSize(DOCUMENTS / 100);
        assertThat(candidates(
                        collection.getIndexes(),
                        new Document("municipalityCode", "101").append("dueOn", new Document("$lte", 500))))
                .hasSize(5);
        assertThat(candidates(collection.getIndexes(), new Document("_outboxSeq", new Document("$exists", true))))
                .hasSize(DOCUMENTS / 500);
        assertThat(candidates(collection.getIndexes(), new Document("_id", "i7").append("version", 3)))
                .hasSize(1);
    }

    @Test
    void aDocumentTheIndexCannotHoldIsRefusedBeforeItIsStored() {
        try (MongoClient client = connectedTo(IndexedBackends.inMemory())) {
            MongoCollection<org.bson.Document> meetings =
                    client.getDatabase("test").getCollection("meetings");
            meetings.createIndex(Indexes.ascending("hosts", "guests"));
            meetings.insertOne(new org.bson.Document("_id", "m1").append("hosts", List.of("101")));

            // as on MongoDB: an index over two fields cannot hold a document with arrays in both
            assertThatThrownBy(() -> meetings.insertOne(new org.bson.Document("_id", "m2")
                            .append("hosts", List.of("101", "147"))
                            .append("guests", List.of("BUPL", "FOA"))))
                    .isInstanceOf(MongoException.class)
                    .hasMessageContaining("parallel arrays");
            assertThatThrownBy(() ->
                            meetings.updateOne(Filters.eq("_id", "m1"), Updates.set("guests", List.of("BUPL", "FOA"))))
                    .isInstanceOf(MongoException.class)
                    .hasMessageContaining("parallel arrays");

            assertThat(meetings.countDocuments()).isEqualTo(1);
            assertThat(meetings.find(Filters.eq("hosts", "101")).into(new ArrayList<>()))
                    .singleElement()
                    .satisfies(
                            meeting -> assertThat(meeting.containsKey("guests")).isFalse());
        }
    }

    private static List<Object> candidates(List<? extends Index<?>> indexes, Document query) {
        for (Index<?> index : indexes) {
            if (index.canHandle(query)) {
                List<Object> positions = new ArrayList<>();
                index.getPositions(query).forEach(positions::add);
                return positions;
            }
        }
        throw new AssertionError("No index narrows " + query + ": the store would scan the collection");
    }

    @Test
    void indexedQueriesAnswerWhatAScanAnswersThroughUpdatesDeletesAndARestart(@TempDir Path directory) {
        Path file = directory.resolve("store.mv");
        List<Bson> queries = List.of(
                Filters.eq("code", "107"),
                Filters.in("code", List.of("101", "150", "999")),
                Filters.and(Filters.eq("code", "103"), Filters.gte("due", 400), Filters.lt("due", 1203)),
                Filters.exists("pendingSince"),
                Filters.and(Filters.exists("pendingSince"), Filters.size("events", 0)),
                Filters.in("events._id", List.of("e-10", "e-11", "e-30", "e-none")),
                Filters.eq("tags", "t3"),
                Filters.and(Filters.eq("_id", "d5"), Filters.eq("version", 1L)),
                Filters.gt("due", 1900));
        List<List<org.bson.Document>> before;
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("indexed");
            MongoCollection<org.bson.Document> plain =
                    client.getDatabase("test").getCollection("plain");
            indexed.createIndex(Indexes.ascending("code", "due"));
            indexed.createIndex(Indexes.ascending("pendingSince"), new IndexOptions().sparse(true));
            indexed.createIndex(Indexes.ascending("events._id"), new IndexOptions().sparse(true));
            indexed.createIndex(Indexes.ascending("tags"));
            indexed.createIndex(Indexes.ascending("due"));
            List<org.bson.Document> documents = IntStream.range(0, DOCUMENTS)
                    .mapToObj(DeclaredIndexesIntegrationTests::document)
                    .toList();
            indexed.insertMany(documents.stream().map(org.bson.Document::new).toList());
            plain.insertMany(documents.stream().map(org.bson.Document::new).toList());
            for (MongoCollection<org.bson.Document> collection : List.of(indexed, plain)) {
                collection.updateMany(
                        Filters.in("events._id", List.of("e-10", "e-20")),
                        Updates.combine(
                                Updates.pull("events", new org.bson.Document("_id", "e-10")),
                                Updates.set("code", "107"),
                                Updates.inc("version", 1L)));
                collection.updateOne(Filters.eq("_id", "d5"), Updates.unset("pendingSince"));
                collection.deleteMany(Filters.and(Filters.eq("code", "103"), Filters.lt("due", 800)));
            }
            before = answers(indexed, queries);
            assertThat(before).isEqualTo(answers(plain, queries));
            assertThat(before).allSatisfy(answer -> assertThat(answer).isNotEmpty());
        }
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            assertThat(answers(client.getDatabase("test").getCollection("indexed"), queries))
                    .isEqualTo(before);
        }
    }

    @Test
    void anAggregationThatStartsWithAMatchAnswersOnAnIndexedCollectionWhatItAnswersOnAPlainOne(
            @TempDir Path directory) {
        try (MongoStore store = MongoStore.persistent(0, directory.resolve("store.mv"));
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("indexed");
            MongoCollection<org.bson.Document> plain =
                    client.getDatabase("test").getCollection("plain");
            indexed.createIndex(Indexes.ascending("code", "due"));
            indexed.createIndex(Indexes.ascending("tags"));
            List<org.bson.Document> documents = IntStream.range(0, DOCUMENTS)
                    .mapToObj(DeclaredIndexesIntegrationTests::document)
                    .toList();
            indexed.insertMany(documents.stream().map(org.bson.Document::new).toList());
            plain.insertMany(documents.stream().map(org.bson.Document::new).toList());
            List<Bson> filters = List.of(
                    Filters.eq("code", "107"),
                    Filters.and(Filters.eq("code", "103"), Filters.gte("due", 400)),
                    Filters.eq("tags", "t3"),
                    Filters.eq("code", "none"),
                    Filters.exists("pendingSince"));
            for (Bson filter : filters) {
                assertThat(indexed.countDocuments(filter)).isEqualTo(plain.countDocuments(filter));
                assertThat(indexed.countDocuments(
                                filter, new CountOptions().skip(3).limit(5)))
                        .isEqualTo(plain.countDocuments(
                                filter, new CountOptions().skip(3).limit(5)));
                List<Bson> pipeline = List.of(
                        Aggregates.match(filter),
                        Aggregates.group("$pendingSince", Accumulators.sum("n", 1)),
                        Aggregates.sort(Sorts.ascending("_id")));
                assertThat(indexed.aggregate(pipeline).into(new ArrayList<>()))
                        .isEqualTo(plain.aggregate(pipeline).into(new ArrayList<>()));
            }
            assertThat(indexed.countDocuments(Filters.eq("code", "107"))).isEqualTo(DOCUMENTS / 100);
        }
    }

    @Test
    void anAggregationThatStartsWithAMatchIsAnsweredByTheFindThatReadsTheIndexsCandidates() {
        MongoBackend backend = IndexedBackends.inMemory();
        try (MongoClient client = connectedTo(backend)) {
            MongoCollection<org.bson.Document> invoices =
                    client.getDatabase("test").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("status"));
            for (int i = 0; i < DOCUMENTS; i++) {
                invoices.insertOne(
                        new org.bson.Document("_id", "i" + i).append("status", i % 50 == 0 ? "OPEN" : "PAID"));
            }
            assertThat(invoices.countDocuments(Filters.eq("status", "OPEN"))).isEqualTo(DOCUMENTS / 50);
        }
        var collection = backend.resolveDatabase("test").resolveCollection("invoices", true);
        Document open = new Document("status", "OPEN");
        // A find reads the index's candidates (the index narrows the query to them), and the aggregation
        // is answered by that find, not by the store's own aggregation, which reads the whole collection.
        assertThat(candidates(collection.getIndexes(), open)).hasSize(DOCUMENTS / 50);
        Document count = new Document("aggregate", "invoices")
                .append(
                        "pipeline",
                        List.of(
                                new Document("$match", open),
                                new Document("$group", new Document("_id", 1).append("n", new Document("$sum", 1)))))
                .append("cursor", new Document());
        Document answer = IndexedAggregation.answer(backend.resolveDatabase("test"), "aggregate", count, null, null);
        assertThat(answer).as("answered by the find, not left to the store").isNotNull();
        assertThat(((Document) answer.get("cursor")).get("firstBatch"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(group -> assertThat(((Document) group).get("n")).isEqualTo(DOCUMENTS / 50));
    }

    @Test
    void aCompoundUniqueIndexNarrowsAQueryOnAPrefixOfItsKeysAlsoAfterARestart(@TempDir Path directory) {
        Path file = directory.resolve("store.mv");
        List<Bson> queries = List.of(
                Filters.and(Filters.eq("series", "INVOICE"), Filters.eq("year", 2026)),
                Filters.and(Filters.eq("series", "INVOICE"), Filters.eq("year", 2026), Filters.gt("sequence", 300)),
                Filters.and(Filters.eq("series", "CREDIT_NOTE"), Filters.eq("year", 2025)),
                Filters.and(Filters.eq("series", "INVOICE"), Filters.eq("year", 2026), Filters.eq("sequence", 7)));
        List<List<org.bson.Document>> before;
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("numbered");
            MongoCollection<org.bson.Document> plain =
                    client.getDatabase("test").getCollection("plain");
            indexed.createIndex(Indexes.ascending("series", "year", "sequence"), new IndexOptions().unique(true));
            List<org.bson.Document> documents = IntStream.range(0, DOCUMENTS)
                    .mapToObj(i -> new org.bson.Document("_id", "n" + i)
                            .append("series", i % 2 == 0 ? "INVOICE" : "CREDIT_NOTE")
                            .append("year", 2020 + i % 10)
                            .append("sequence", (long) i))
                    .toList();
            indexed.insertMany(documents.stream().map(org.bson.Document::new).toList());
            plain.insertMany(documents.stream().map(org.bson.Document::new).toList());
            for (MongoCollection<org.bson.Document> collection : List.of(indexed, plain)) {
                collection.deleteOne(Filters.eq("_id", "n16"));
                collection.updateOne(Filters.eq("_id", "n26"), Updates.set("year", 2025));
            }
            before = answers(indexed, queries);
            assertThat(before).isEqualTo(answers(plain, queries));
            assertThat(indexed.countDocuments(queries.get(0))).isEqualTo(plain.countDocuments(queries.get(0)));
        }
        MongoBackend reopened = IndexedBackends.persisted(GroupCommit.open(file));
        try {
            var collection = reopened.resolveDatabase("test").resolveCollection("numbered", true);
            assertThat(candidates(collection.getIndexes(), new Document("series", "INVOICE").append("year", 2026)))
                    .hasSize(DOCUMENTS / 10 - 2);
            assertThat(candidates(
                            collection.getIndexes(),
                            new Document("series", "INVOICE")
                                    .append("year", 2026)
                                    .append("sequence", new Document("$gt", 1900L))))
                    .hasSize(10);
        } finally {
            reopened.close();
        }
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            assertThat(answers(client.getDatabase("test").getCollection("numbered"), queries))
                    .isEqualTo(before);
        }
    }

    @Test
    void aSortedQueryWithALimitAnswersWhatAFullReadAnswersAndReadsOnlyTheFirstDocumentsInIndexOrder(
            @TempDir Path directory) {
        Path file = directory.resolve("store.mv");
        List<Function<MongoCollection<org.bson.Document>, List<org.bson.Document>>> reads = List.of(
                page(Filters.eq("code", "107"), Sorts.descending("due"), 0, 3),
                page(Filters.eq("code", "107"), Sorts.ascending("due"), 2, 3),
                page(Filters.and(Filters.eq("code", "103"), Filters.gte("due", 400)), Sorts.ascending("due"), 0, 5),
                // the index gives the first key of the sort only: ties on it are read to their end
                page(Filters.eq("group", 1), Sorts.orderBy(Sorts.descending("rank"), Sorts.ascending("_id")), 0, 5),
                page(
                        Filters.and(Filters.eq("group", 2), Filters.lt("rank", 4)),
                        Sorts.orderBy(Sorts.descending("rank"), Sorts.descending("_id")),
                        4,
                        6),
                // directions the index cannot give, and ranges it cannot read in order: read as before
                page(Filters.eq("group", 0), Sorts.orderBy(Sorts.ascending("rank"), Sorts.descending("due")), 0, 4),
                page(Filters.in("code", List.of("150", "101")), Sorts.descending("due"), 0, 4),
                page(Filters.exists("pendingSince"), Sorts.ascending("pendingSince"), 0, 2),
                page(Filters.and(Filters.eq("code", "111"), Filters.eq("version", 2L)), Sorts.descending("due"), 0, 1),
                page(
                        Filters.and(Filters.eq("group", 1), Filters.gte("rank", 8), Filters.exists("tags")),
                        Sorts.orderBy(Sorts.descending("rank"), Sorts.ascending("_id")),
                        0,
                        3),
                c -> c.find(Filters.and(
                                Filters.eq("group", 1), Filters.or(Filters.eq("rank", 2), Filters.eq("rank", 5))))
                        .sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>()),
                c -> List.of(c.findOneAndUpdate(
                        Filters.eq("code", "109"),
                        Updates.inc("version", 1L),
                        new FindOneAndUpdateOptions().sort(Sorts.descending("due")))),
                c -> List.of(new org.bson.Document("n", c.countDocuments(Filters.eq("code", "107")))
                        .append("group", c.countDocuments(Filters.and(Filters.eq("group", 1), Filters.eq("rank", 3))))
                        .append("none", c.countDocuments(Filters.eq("code", "none")))
                        .append(
                                "range",
                                c.countDocuments(Filters.and(Filters.eq("code", "103"), Filters.gt("due", 500))))));
        List<List<org.bson.Document>> before;
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("indexed");
            MongoCollection<org.bson.Document> plain =
                    client.getDatabase("test").getCollection("plain");
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("code"), Indexes.descending("due")));
            indexed.createIndex(Indexes.ascending("group", "rank"));
            indexed.createIndex(Indexes.ascending("pendingSince"), new IndexOptions().sparse(true));
            List<org.bson.Document> documents = IntStream.range(0, DOCUMENTS)
                    .mapToObj(i -> document(i).append("group", i % 3).append("rank", i % 10))
                    .toList();
            indexed.insertMany(documents.stream().map(org.bson.Document::new).toList());
            plain.insertMany(documents.stream().map(org.bson.Document::new).toList());
            for (MongoCollection<org.bson.Document> collection : List.of(indexed, plain)) {
                collection.updateMany(Filters.eq("code", "111"), Updates.set("version", 2L));
                collection.deleteOne(Filters.eq("_id", "d1907"));
            }
            before = reads.stream().map(read -> read.apply(indexed)).toList();
            assertThat(before)
                    .isEqualTo(reads.stream().map(read -> read.apply(plain)).toList());
            assertThat(before).allSatisfy(answer -> assertThat(answer).isNotEmpty());
        }
        try (MongoStore store = MongoStore.persistent(0, file);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("indexed");
            assertThat(reads.subList(0, 5).stream()
                            .map(read -> read.apply(indexed))
                            .toList())
                    .isEqualTo(before.subList(0, 5));
        }
    }

    @Test
    void theHighestNumberOfAYearIsReadFromTheFirstEntryOfTheIndexAndItsCountFromTheIndexAlone() {
        MongoBackend backend = IndexedBackends.inMemory();
        try (MongoClient client = connectedTo(backend)) {
            MongoCollection<org.bson.Document> invoices =
                    client.getDatabase("test").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("series", "year", "sequence"), new IndexOptions().unique(true));
            invoices.insertMany(IntStream.range(0, DOCUMENTS)
                    .mapToObj(i -> new org.bson.Document("_id", "i" + i)
                            .append("series", "INVOICE")
                            .append("year", 2026)
                            .append("sequence", (long) i + 1))
                    .toList());
            var examined =
                    (OrderedReads.Collection) backend.resolveDatabase("test").resolveCollection("invoices", true);
            Bson year = Filters.and(Filters.eq("series", "INVOICE"), Filters.eq("year", 2026));

            long before = examined.documentsRead();
            org.bson.Document highest = invoices.find(year)
                    .sort(Sorts.descending("sequence"))
                    .limit(1)
                    .first();
            long count = invoices.countDocuments(year);

            assertThat(highest).isNotNull();
            assertThat(highest.get("sequence")).isEqualTo((long) DOCUMENTS);
            assertThat(count).isEqualTo(DOCUMENTS);
            // the store matches and returns the one document it chose, after reading it in index order
            // (a scan of the collection would read none by position, a read of the candidates all of them)
            assertThat(examined.documentsRead() - before).isBetween(1L, 2L);
        }
    }

    @Test
    void aDateNarrowsAQueryAsANumberDoes() {
        MongoBackend backend = IndexedBackends.inMemory();
        try (MongoClient client = connectedTo(backend)) {
            MongoCollection<org.bson.Document> invoices =
                    client.getDatabase("test").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("status", "overdueSince", "dueOn"));
            invoices.insertMany(IntStream.range(0, DOCUMENTS)
                    .mapToObj(i -> {
                        org.bson.Document invoice = new org.bson.Document("_id", "i" + i)
                                .append("status", "ISSUED")
                                .append("dueOn", new Date(86_400_000L * (i % 30)));
                        if (i % 100 == 0) {
                            invoice.append("overdueSince", new Date(86_400_000L * (i % 30 + 1)));
                        }
                        return invoice;
                    })
                    .toList());
            var examined =
                    (OrderedReads.Collection) backend.resolveDatabase("test").resolveCollection("invoices", true);

            long before = examined.documentsRead();
            long overdue = invoices.countDocuments(
                    Filters.and(Filters.eq("status", "ISSUED"), Filters.gte("overdueSince", new Date(0))));
            long read = examined.documentsRead() - before;

            assertThat(overdue).isEqualTo(DOCUMENTS / 100);
            // the dates came over the wire and still narrowed the read to the overdue ones
            assertThat(read).isEqualTo(DOCUMENTS / 100);
        }
    }

    @Test
    void nullNarrowsAQueryAsAValueDoesAndMatchesAMissingFieldToo() {
        MongoBackend backend = IndexedBackends.inMemory();
        try (MongoClient client = connectedTo(backend)) {
            MongoCollection<org.bson.Document> indexed =
                    client.getDatabase("test").getCollection("invoices");
            MongoCollection<org.bson.Document> plain =
                    client.getDatabase("test").getCollection("plain");
            indexed.createIndex(Indexes.ascending("status", "overdueSince", "dueOn"));
            List<org.bson.Document> invoices = IntStream.range(0, DOCUMENTS)
                    .mapToObj(i -> {
                        org.bson.Document invoice = new org.bson.Document("_id", "i" + i)
                                .append("status", i % 10 == 0 ? "PAID" : "ISSUED")
                                .append("dueOn", new Date(86_400_000L * (i % 30)));
                        if (i % 3 == 0) {
                            invoice.append("overdueSince", new Date(86_400_000L * (i % 30 + 1)));
                        } else if (i % 3 == 1) {
                            invoice.append("overdueSince", null);
                        }
                        return invoice;
                    })
                    .toList();
            indexed.insertMany(invoices.stream().map(org.bson.Document::new).toList());
            plain.insertMany(invoices.stream().map(org.bson.Document::new).toList());
            var examined =
                    (OrderedReads.Collection) backend.resolveDatabase("test").resolveCollection("invoices", true);
            Bson notOverdue = Filters.and(Filters.eq("status", "ISSUED"), Filters.eq("overdueSince", null));
            Bson dueBefore = Filters.and(
                    Filters.eq("status", "ISSUED"),
                    Filters.eq("overdueSince", null),
                    Filters.lt("dueOn", new Date(86_400_000L * 20)));

            long before = examined.documentsRead();
            List<org.bson.Document> first = indexed.find(dueBefore)
                    .sort(Sorts.ascending("dueOn"))
                    .limit(50)
                    .into(new ArrayList<>());
            long read = examined.documentsRead() - before;

            // a null and a missing overdueSince alike, as MongoDB matches them; which of the ties on the
            // last due date come first is the store's choice
            assertThat(first)
                    .extracting(d -> d.get("dueOn"))
                    .isEqualTo(
                            plain
                                    .find(dueBefore)
                                    .sort(Sorts.ascending("dueOn"))
                                    .limit(50)
                                    .into(new ArrayList<>())
                                    .stream()
                                    .map(d -> d.get("dueOn"))
                                    .toList());
            assertThat(first)
                    .allSatisfy(d -> assertThat(d.get("status")).isEqualTo("ISSUED"))
                    .extracting(d -> d.get("overdueSince"))
                    .containsOnlyNulls();
            assertThat(read)
                    .as(
                            "the first 50 in the index's order to the end of their last due date (about 67 a day), not the 1,800 issued")
                    .isLessThan(DOCUMENTS / 10);
            assertThat(indexed.countDocuments(notOverdue))
                    .isEqualTo(plain.countDocuments(notOverdue))
                    .isEqualTo(DOCUMENTS * 9 / 10 * 2 / 3);
        }
    }

    /** A sorted page of the collection's documents matching the filter. */
    private static Function<MongoCollection<org.bson.Document>, List<org.bson.Document>> page(
            Bson filter, Bson sort, int skip, int limit) {
        return collection ->
                collection.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
    }

    private static org.bson.Document document(int i) {
        org.bson.Document document = new org.bson.Document("_id", "d" + i)
                .append("code", String.valueOf(100 + i % 100))
                .append("due", i)
                .append("version", 1L)
                .append("tags", List.of("t" + i % 7, "all"));
        if (i % 10 == 0 || i == 5) {
            document.append("pendingSince", i)
                    .append(
                            "events",
                            List.of(new org.bson.Document("_id", "e-" + i), new org.bson.Document("_id", "f-" + i)));
        }
        if (i % 20 == 0) {
            document.put("events", List.of());
        }
        return document;
    }

    private static List<List<org.bson.Document>> answers(
            MongoCollection<org.bson.Document> collection, List<Bson> queries) {
        return queries.stream()
                .<List<org.bson.Document>>map(query ->
                        collection.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()))
                .toList();
    }
}
