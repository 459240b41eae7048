package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store that speaks the MongoDB wire protocol (mongo-java-server), either persisted in an H2
 * MVStore file or in memory. It has no multi-document transactions, which the services are designed
 * not to need, and it answers queries through the indexes they declare ({@link IndexedBackends}). Its answers are snapshots, as a real
 * MongoDB's are (see {@link SnapshotReads}), and the persisted store answers only once what it
 * answers is in its file (see {@link GroupCommit}): a write it acknowledged survives the store being
 * killed, and — with the file synced to the disk — a power cut.
 */
public final class MongoStore implements LocalStack.Component {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final MongoServer server;
    private final int port;

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A store persisted in {@code file}, so a restart keeps its data. */
    public static MongoStore persistent(int port, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore mvStore = GroupCommit.open(file);
        MongoStore store = start(IndexedBackends.persisted(mvStore), new GroupCommit(mvStore), port);
        log.info("MongoDB wire-protocol store listening on 127.0.0.1:{}, data in {}", store.port, file);
        return store;
    }

    /** A store that forgets everything when it stops; port 0 picks a free port. */
    public static MongoStore inMemory(int port) {
        return start(IndexedBackends.inMemory(), GroupCommit.NONE, port);
    }

    private static MongoStore start(MongoBackend backend, GroupCommit commits, int port) {
        MongoServer server = new MongoServer(new SnapshotReads(backend, commits));
        server.bind("127.0.0.1", port);
        return new MongoStore(server, server.getLocalAddress().getPort());
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public String address() {
        return uri();
    }

    @Override
    public boolean answers() {
        return LocalStack.Component.acceptsConnections(port);
    }

    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB wire-protocol store on 127.0.0.1:{} stopped", port);
    }
}
