package org.staffroom.localmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The wire server's H2 backend, keeping every database in one MVStore file, with {@code hello} answered,
 * {@code _id} lookups used for filters that name more than {@code _id} (see {@link IdLookup}), unique
 * indexes whose keys compare without serialization (see {@link H2KeyIndex}), and documents stored as BSON (see
 * {@link BsonDocumentType}).
 */
public final class H2FileBackend extends H2Backend {

    /** Megabytes of pages kept in memory; H2's default of 16 read pages back from the file under load. */
    static final int CACHE_MEGABYTES = 64;

    /**
     * Kilobytes of changes held before H2 writes them out, at the latest after its one-second delay. Every write
     * serializes each changed page whole, so with H2's default of 1024 a busy page was written many times a
     * second.
     */
    static final int WRITE_BUFFER_KILOBYTES = 8 * 1024;

    public H2FileBackend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MEGABYTES)
                .autoCommitBufferSize(WRITE_BUFFER_KILOBYTES).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return HelloCommand.run(command, name -> super.handleCommand(channel, databaseName, name, query));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Opens its collections on the maps the H2 backend would use, so that existing files read the same. An inner
     * class, because the H2 database opens its collections from within its constructor, before fields of a
     * subclass are set.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, H2FileBackend.this.getMvStore(), H2FileBackend.this.getCursorRegistry());
        }

        @Override
        protected Collection openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = H2FileBackend.this.getMvStore();
            MVMap<Object, Document> documents = store.openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            return new Collection(this, collectionName, options, documents, store.openMap("meta." + namespace),
                    cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = H2FileBackend.this.getMvStore()
                    .openMap(indexMapName(collectionName, indexName), H2KeyIndex.mapType());
            return new H2KeyIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            H2FileBackend.this.getMvStore().removeMap(indexMapName(collection.getCollectionName(), indexName));
        }

        private String indexMapName(String collectionName, String indexName) {
            return "keys." + getFullCollectionNamespace(collectionName) + "." + indexName;
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options,
                   MVMap<Object, Document> data, MVMap<String, Object> meta,
                   CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document filter, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            return IdLookup.query(filter, orderBy, skip, limit, batchSize, fields, super::queryDocuments,
                    this::matchDocumentsFromStream);
        }
    }
}
