package dk.kl.partnerships.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends with the indexes the services declare put to use: non-unique indexes
 * are kept ({@link OrderedIndex}) instead of ignored, and unique ones answer queries that name more
 * fields than theirs ({@link UniqueKeyIndex}), and an aggregation that starts with {@code $match} reads
 * its documents as a find does ({@link IndexedAggregation}). So a query on indexed fields reads what the index
 * points to, not the whole collection, and its cost does not grow with the collection — as on a
 * real MongoDB with the same indexes. A sorted query with a limit reads in an index's order and
 * stops at the limit ({@link OrderedReads}).
 */
final class IndexedBackends {

    private IndexedBackends() {}

    static MongoBackend persisted(MVStore file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected MongoCollection<Object> openOrCreateCollection(
                            String collectionName, CollectionOptions options) {
                        // the maps mongo-java-server's H2 backend keeps a collection in
                        String namespace = getFullCollectionNamespace(collectionName);
                        return new OrderedReads.H2(
                                this,
                                collectionName,
                                options,
                                getMvStore().openMap("databases." + namespace),
                                getMvStore().openMap("meta." + namespace),
                                cursorRegistry);
                    }

                    @Override
                    public Document handleCommand(
                            Channel channel,
                            String command,
                            Document query,
                            DatabaseResolver databaseResolver,
                            Oplog oplog) {
                        return IndexedAggregation.answerOr(
                                this,
                                command,
                                query,
                                databaseResolver,
                                oplog,
                                () -> super.handleCommand(channel, command, query, databaseResolver, oplog));
                    }

                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        UniqueKeyIndex<Object> index = new UniqueKeyIndex<>(
                                super.openOrCreateUniqueIndex(collection, name, keys, sparse), keys, sparse);
                        index.orderStored(resolveCollection(collection, false));
                        return index;
                    }

                    @Override
                    protected Index<Object> openOrCreateSecondaryIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new OrderedIndex<>(name, keys, sparse);
                    }
                };
            }
        };
    }

    static MongoBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(
                            String collectionName, CollectionOptions options) {
                        return new OrderedReads.Memory(this, collectionName, options, cursorRegistry);
                    }

                    @Override
                    public Document handleCommand(
                            Channel channel,
                            String command,
                            Document query,
                            DatabaseResolver databaseResolver,
                            Oplog oplog) {
                        return IndexedAggregation.answerOr(
                                this,
                                command,
                                query,
                                databaseResolver,
                                oplog,
                                () -> super.handleCommand(channel, command, query, databaseResolver, oplog));
                    }

                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new UniqueKeyIndex<>(
                                super.openOrCreateUniqueIndex(collection, name, keys, sparse), keys, sparse);
                    }

                    @Override
                    protected Index<Integer> openOrCreateSecondaryIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new OrderedIndex<>(name, keys, sparse);
                    }
                };
            }
        };
    }
}
