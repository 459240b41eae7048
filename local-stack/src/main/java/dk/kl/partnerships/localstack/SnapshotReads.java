package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every answer of the store a consistent snapshot. mongo-java-server changes a stored
 * document in place when it updates it, and answers a query with the stored documents themselves,
 * which are encoded only after the collection's lock is released: a reader could see half of a
 * concurrent update — a new version number with the old content — and a conditional update based
 * on that read would then silently drop the other writer's change. Here each command runs under one
 * lock and its answer is copied before the lock is released, as a real MongoDB's reads are
 * snapshots of a document. The answer leaves only once what it depends on is in the file
 * ({@link GroupCommit}). A command that holds the lock for 100 ms or more is logged, as MongoDB logs
 * its slow operations: with one lock, it held up every other client for that long.
 */
final class SnapshotReads implements MongoBackend {

    private static final Logger log = LoggerFactory.getLogger(SnapshotReads.class);
    /** As MongoDB's profiler's default slowms: a command that took longer is logged, with its shape. */
    static final long SLOW_MS = 100;

    private final MongoBackend store;
    private final GroupCommit commits;
    private final Object lock = new Object();

    SnapshotReads(MongoBackend store, GroupCommit commits) {
        this.store = store;
        this.commits = commits;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return durable(
                () -> store.handleCommand(channel, database, command, query).cloneDeeply(),
                () -> described(database, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return durable(
                () -> store.handleMessage(message).cloneDeeply(),
                () -> described(message.getDatabaseName(), message.getDocument()));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return durable(
                () -> {
                    QueryResult result = store.handleQuery(query);
                    List<Document> copies = result.collectDocuments().stream()
                            .map(Document::cloneDeeply)
                            .toList();
                    return new QueryResult(copies, result.getCursorId());
                },
                () -> described(query.getDatabaseName(), query.getQuery()));
    }

    /**
     * Runs one command under the lock, copies its answer, and hands it out once what it depends on is
     * durable; a command that failed part-way answers its error only then, too.
     */
    private <T> T durable(Supplier<T> command, Supplier<String> description) {
        T answer = null;
        RuntimeException failed = null;
        long dependsOn;
        synchronized (lock) {
            commits.checkWritable();
            long started = System.nanoTime();
            try {
                answer = command.get();
            } catch (RuntimeException e) {
                failed = e;
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            if (took >= SLOW_MS) {
                log.warn("Slow command ({} ms under the store's lock): {}", took, description.get());
            }
            dependsOn = commits.afterCommand();
        }
        commits.awaitDurable(dependsOn, lock);
        if (failed != null) {
            throw failed;
        }
        return answer;
    }

    /** The command's name, namespace and filter or pipeline, without the documents it writes. */
    private static String described(String database, Document command) {
        if (command == null || command.isEmpty()) {
            return database;
        }
        String name = command.keySet().iterator().next();
        StringBuilder text =
                new StringBuilder(name).append(' ').append(database).append('.').append(command.get(name));
        for (String part : List.of("filter", "sort", "limit", "pipeline", "q", "updates", "deletes")) {
            Object value = command.get(part);
            if (value != null) {
                String shown = String.valueOf(value);
                text.append(' ').append(part).append('=').append(shown, 0, Math.min(shown.length(), 300));
            }
        }
        return text.toString();
    }

    @Override
    public void handleClose(Channel channel) {
        store.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        durable(
                () -> {
                    store.dropDatabase(database);
                    return null;
                },
                () -> "dropDatabase " + database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return store.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return store.getServerStatus();
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        store.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return store.getClock();
    }

    @Override
    public void enableOplog() {
        store.enableOplog();
    }

    @Override
    public void disableOplog() {
        store.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return store.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        store.version(version);
        return this;
    }
}
