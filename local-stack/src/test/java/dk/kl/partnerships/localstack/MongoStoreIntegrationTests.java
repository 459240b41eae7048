package dk.kl.partnerships.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The store's reads are snapshots: writers that read a document, change it and write it back only if
 * its version is still the one they read (optimistic locking, as every aggregate here is saved) never
 * lose each other's changes, however many write at once.
 */
class MongoStoreIntegrationTests {

    private static final int WRITERS = 16;
    private static final int CHANGES_EACH = 40;

    @Test
    void concurrentVersionedWritersLoseNoChange() throws Exception {
        try (MongoStore store = MongoStore.inMemory(0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> meetings = client.getDatabase("test").getCollection("meetings");
            // the version after the content, as the aggregates are mapped: a torn read shows new version, old content
            meetings.insertOne(
                    new Document("_id", "m").append("signUps", List.of()).append("version", 0L));
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<Integer>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        int written = 0;
                        for (int change = 0; change < CHANGES_EACH; change++) {
                            while (!signUp(meetings, writer + "-" + change)) {
                                Thread.onSpinWait();
                            }
                            written++;
                        }
                        return written;
                    }));
                }
                int written = 0;
                for (Future<Integer> writer : writers) {
                    written += writer.get();
                }
                Document stored = meetings.find(Filters.eq("_id", "m")).first();
                assertThat(stored.getList("signUps", Document.class))
                        .extracting(signUp -> signUp.getString("id"))
                        .doesNotHaveDuplicates()
                        .hasSize(written);
                assertThat(stored.getLong("version")).isEqualTo(written);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Read, change, write back if unchanged meanwhile: false when another writer came first. */
    private static boolean signUp(MongoCollection<Document> meetings, String signUp) {
        Document read = meetings.find(Filters.eq("_id", "m")).first();
        long version = read.getLong("version");
        List<Document> signUps = new ArrayList<>(read.getList("signUps", Document.class));
        signUps.add(new Document("id", signUp)
                .append("participantId", "participant-" + signUp)
                .append("name", "Deltager " + signUp)
                .append("status", "CONFIRMED")
                .append("sequence", signUps.size()));
        return meetings.updateOne(
                                Filters.and(Filters.eq("_id", "m"), Filters.eq("version", version)),
                                Updates.combine(Updates.set("signUps", signUps), Updates.set("version", version + 1)))
                        .getMatchedCount()
                == 1;
    }
}
