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

/**
 * Makes every answer of the store a consistent snapshot. mongo-java-server changes a stored
 * document in place when it updates it, and answers a query with the stored documents themselves,
 * which are encoded only after the collection's lock is released: a reader could see half of a
 * concurrent update — a new version number with the old content — and a conditional update based
 * on that read would then silently drop the other writer's change. Here each command runs under one
 * lock and its answer is copied before the lock is released, as a real MongoDB's reads are
 * snapshots of a document. The answer leaves only once what it depends on is in the file
 * ({@link GroupCommit}).
 */
final class SnapshotReads implements MongoBackend {

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
                () -> store.handleCommand(channel, database, command, query).cloneDeeply());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return durable(() -> store.handleMessage(message).cloneDeeply());
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return durable(() -> {
            QueryResult result = store.handleQuery(query);
            List<Document> copies = result.collectDocuments().stream()
                    .map(Document::cloneDeeply)
                    .toList();
            return new QueryResult(copies, result.getCursorId());
        });
    }

    /**
     * Runs one command under the lock, copies its answer, and hands it out once what it depends on is
     * durable; a command that failed part-way answers its error only then, too.
     */
    private <T> T durable(Supplier<T> command) {
        T answer = null;
        RuntimeException failed = null;
        long dependsOn;
        synchronized (lock) {
            commits.checkWritable();
            try {
                answer = command.get();
            } catch (RuntimeException e) {
                failed = e;
            }
            dependsOn = commits.afterCommand();
        }
        commits.awaitDurable(dependsOn, lock);
        if (failed != null) {
            throw failed;
        }
        return answer;
    }

    @Override
    public void handleClose(Channel channel) {
        store.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        durable(() -> {
            store.dropDatabase(database);
            return null;
        });
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
