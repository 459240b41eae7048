package dk.kl.partnerships.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persisted store, as its own process, killed with SIGKILL while four clients write as fast as
 * it lets them: after a restart every write it acknowledged is there — the insert and the update
 * that followed it.
 */
class MongoStoreDurabilityIntegrationTests {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesTheStoreBeingKilled() throws Exception {
        int port = freePort();
        int statusPort = freePort();
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Set<String> updated = ConcurrentHashMap.newKeySet();

        Process store = startStore(port, statusPort);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> things = client.getDatabase("durability").getCollection("things");
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        String id = writer + "-" + i;
                        try {
                            things.insertOne(new Document("_id", id).append("state", "NEW"));
                            inserted.add(id);
                            things.updateOne(Filters.eq("_id", id), Updates.set("state", "CHANGED"));
                            updated.add(id);
                        } catch (RuntimeException storeGone) {
                            return;
                        }
                    }
                });
            }
            // Killed in the middle of the writing, once a fair number of writes were acknowledged.
            Instant latest = Instant.now().plusSeconds(60);
            while (updated.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(latest)) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            store.destroyForcibly().waitFor();
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            store.destroyForcibly().waitFor();
        }

        Process restarted = startStore(port, statusPort);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> things = client.getDatabase("durability").getCollection("things");
            Set<String> changed = new HashSet<>();
            for (Document thing : things.find(Filters.eq("state", "CHANGED"))) {
                changed.add(thing.getString("_id"));
            }
            Set<String> stored = new HashSet<>();
            for (Document thing : things.find()) {
                stored.add(thing.getString("_id"));
            }

            assertThat(updated).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(stored).containsAll(inserted);
            assertThat(changed).containsAll(updated);
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private Process startStore(int port, int statusPort) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                System.getProperty("partnerships.local-stack.jar"),
                "--components=mongodb",
                "--data-dir=" + data,
                "--mongo-port=" + port,
                "--status-port=" + statusPort));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("store.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(end) && process.isAlive()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statusPort + "/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The store did not start; see " + data.resolve("store.log"));
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
