package dk.kl.partnerships.billing.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dk.kl.partnerships.kit.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class GaplessNumberingIntegrationTests {

    private static final int WRITERS = 8;
    private static final int EACH = 25;

    @Autowired
    MongoTemplate mongo;

    @Test
    void concurrentWritersTakeEveryNumberOnceWithoutGaps() throws Exception {
        String collection = numberedCollection();
        GaplessNumbering numbering = new GaplessNumbering(mongo, collection);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < EACH; i++) {
                        store(numbering, collection, UUID.randomUUID().toString());
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        NumberAudit audit = new NumberAuditor(mongo).audit(collection, "INVOICE", 2026);
        assertThat(audit.count()).isEqualTo(WRITERS * EACH);
        assertThat(audit.last()).isEqualTo(WRITERS * EACH);
        assertThat(audit.complete()).isTrue();
    }

    @Test
    void aStoredDocumentKeepsItsNumberAndUsesNoOther() {
        String collection = numberedCollection();
        GaplessNumbering numbering = new GaplessNumbering(mongo, collection);

        Document first = store(numbering, collection, "a");
        Document again = store(numbering, collection, "a");
        Document second = store(numbering, collection, "b");

        assertThat(again.get("sequence")).isEqualTo(first.get("sequence")).isEqualTo(1L);
        assertThat(second.get("sequence")).isEqualTo(2L);
    }

    @Test
    void numbersContinueAfterTheHighestStoredWhateverTheHintSays() {
        String collection = numberedCollection();
        GaplessNumbering numbering = new GaplessNumbering(mongo, collection);
        for (long sequence = 1; sequence <= 3; sequence++) {
            mongo.getCollection(collection)
                    .insertOne(new Document("_id", "old-" + sequence)
                            .append("series", "INVOICE")
                            .append("year", 2026)
                            .append("sequence", sequence));
        }

        assertThat(store(numbering, collection, "no-hint-yet").get("sequence")).isEqualTo(4L);

        mongo.getCollection(GaplessNumbering.HINTS)
                .updateOne(
                        Filters.eq("_id", collection + ":INVOICE:2026"),
                        new Document("$set", new Document("taken", 2L)));
        assertThat(store(numbering, collection, "lagging-hint").get("sequence")).isEqualTo(5L);

        mongo.getCollection(collection).deleteMany(new Document());
        assertThat(store(numbering, collection, "after-removal").get("sequence"))
                .isEqualTo(1L);
    }

    private String numberedCollection() {
        String collection = "numbered_" + UUID.randomUUID().toString().substring(0, 8);
        mongo.getCollection(collection)
                .createIndex(Indexes.ascending("series", "year", "sequence"), new IndexOptions().unique(true));
        return collection;
    }

    private Document store(GaplessNumbering numbering, String collection, String id) {
        Document document = new Document("_id", id).append("series", "INVOICE").append("year", 2026);
        return numbering.store(
                document,
                id,
                "INVOICE",
                2026,
                number -> document.put("sequence", number.sequence()),
                stored -> {
                    mongo.insert(stored, collection);
                    return stored;
                },
                existing -> Optional.ofNullable(mongo.findById(existing, Document.class, collection)));
    }
}
