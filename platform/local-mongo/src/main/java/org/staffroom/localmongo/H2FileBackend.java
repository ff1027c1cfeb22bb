package org.staffroom.localmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The wire server's H2 backend, keeping every database in one MVStore file, with {@code hello} answered and
 * {@code _id} lookups used for filters that name more than {@code _id} (see {@link IdLookup}).
 */
public final class H2FileBackend extends H2Backend {

    public H2FileBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (HelloCommand.is(command)) {
            return HelloCommand.answer(super.handleCommand(channel, databaseName, HelloCommand.OLD_NAME, query));
        }
        return super.handleCommand(channel, databaseName, command, query);
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
            return new Collection(this, collectionName, options, store.openMap("databases." + namespace),
                    store.openMap("meta." + namespace), cursorRegistry);
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
            Document byId = IdLookup.idPart(filter);
            if (byId == null) {
                return super.queryDocuments(filter, orderBy, skip, limit, batchSize, fields);
            }
            QueryResult candidates = super.queryDocuments(byId, null, 0, 0, 0, null);
            return matchDocumentsFromStream(IdLookup.stream(candidates), filter, orderBy, skip, limit, batchSize,
                    fields);
        }
    }
}
