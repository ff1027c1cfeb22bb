package org.staffroom.localmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBackendsTest {

    @TempDir
    Path folder;

    @Test
    void filtersThatNameTheIdAndMoreFindWhatThePlainWireServerFinds() {
        List<Document> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(new Document("_id", "a" + i).append("version", i % 7).append("trust", "t" + i % 3));
        }
        List<Bson> filters = List.of(
                Filters.and(Filters.eq("_id", "a10"), Filters.lt("version", 5)),
                Filters.and(Filters.eq("_id", "a12"), Filters.lt("version", 5)),
                Filters.and(Filters.eq("_id", "missing"), Filters.lt("version", 5)),
                Filters.and(Filters.in("_id", "a1", "a2", "a3", "a4", "nope"), Filters.eq("trust", "t1")),
                Filters.and(Filters.gt("_id", "a3"), Filters.eq("trust", "t2")));
        List<List<String>> expected = new ArrayList<>();
        withServer(new MemoryBackend(), client -> {
            MongoCollection<Document> plain = client.getDatabase("db").getCollection("areas");
            plain.insertMany(all.stream().map(Document::new).toList());
            filters.forEach(filter -> expected.add(ids(plain.find(filter).sort(Sorts.ascending("_id")))));
        });
        assertThat(expected.get(0)).containsExactly("a10");
        assertThat(expected.get(1)).isEmpty();
        assertThat(expected.get(3)).containsExactly("a1", "a4");

        for (Supplier<MongoBackend> backend : List.<Supplier<MongoBackend>>of(InMemoryBackend::new,
                () -> new H2FileBackend(folder.resolve("compare.mv").toString()))) {
            withServer(backend.get(), client -> {
                MongoCollection<Document> areas = client.getDatabase("db").getCollection("areas");
                areas.insertMany(all.stream().map(Document::new).toList());
                for (int i = 0; i < filters.size(); i++) {
                    assertThat(ids(areas.find(filters.get(i)).sort(Sorts.ascending("_id"))))
                            .as(filters.get(i).toString()).isEqualTo(expected.get(i));
                }
            });
        }
    }

    @Test
    void aGuardedUpsertChangesOnlyAnOlderDocumentAndRefusesToInsertAnotherWithTheSameId() {
        withServer(new InMemoryBackend(), client -> {
            MongoCollection<Document> areas = client.getDatabase("db").getCollection("areas");
            areas.insertOne(new Document("_id", "a").append("version", 3L).append("name", "old"));

            areas.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.lt("version", 2L)),
                    Updates.combine(Updates.set("version", 2L), Updates.set("name", "stale")));
            assertThat(areas.find(Filters.eq("_id", "a")).first().getString("name")).isEqualTo("old");

            areas.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.lt("version", 4L)),
                    Updates.combine(Updates.set("version", 4L), Updates.set("name", "new")),
                    new UpdateOptions().upsert(true));
            assertThat(areas.find(Filters.eq("_id", "a")).first().getString("name")).isEqualTo("new");

            areas.updateOne(Filters.and(Filters.eq("_id", "b"), Filters.lt("version", 1L)),
                    Updates.set("version", 1L), new UpdateOptions().upsert(true));
            assertThat(areas.countDocuments()).isEqualTo(2);

            areas.deleteMany(Filters.and(Filters.in("_id", "a", "b"), Filters.eq("version", 1L)));
            assertThat(ids(areas.find())).containsExactly("a");
        });
    }

    @Test
    void theFileKeepsCollectionsAcrossARestartAndHelloIsAnswered() {
        String file = folder.resolve("restart.mv").toString();
        withServer(new H2FileBackend(file), client -> {
            client.getDatabase("db").getCollection("areas").insertOne(new Document("_id", "kept"));
            assertThat(client.getDatabase("admin").runCommand(new Document("hello", 1)).get("isWritablePrimary"))
                    .isEqualTo(true);
        });
        withServer(new H2FileBackend(file), client -> assertThat(
                ids(client.getDatabase("db").getCollection("areas").find(Filters.eq("_id", "kept"))))
                .containsExactly("kept"));
    }

    @Test
    void uniqueIndexesHoldAcrossRestartsDropsAndFilesWrittenByThePlainBackend() {
        String file = folder.resolve("indexes.mv").toString();
        withServer(new H2Backend(file), client -> {
            MongoCollection<Document> people = client.getDatabase("db").getCollection("people");
            people.createIndex(Indexes.ascending("trust", "email"), new IndexOptions().unique(true));
            people.insertOne(new Document("_id", "p1").append("trust", "t1").append("email", "a@x"));
        });
        withServer(new H2FileBackend(file), client -> {
            MongoCollection<Document> people = client.getDatabase("db").getCollection("people");
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p2").append("trust", "t1")
                    .append("email", "a@x"))).isInstanceOf(MongoWriteException.class);
            people.insertOne(new Document("_id", "p3").append("trust", "t2").append("email", "a@x"));
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p3")))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(ids(people.find(Filters.eq("_id", "p3")))).hasSize(1);
        });
        withServer(new H2FileBackend(file), client -> {
            MongoCollection<Document> people = client.getDatabase("db").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(2);
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p4").append("trust", "t2")
                    .append("email", "a@x"))).isInstanceOf(MongoWriteException.class);

            people.drop();
            MongoCollection<Document> again = client.getDatabase("db").getCollection("people");
            again.createIndex(Indexes.ascending("trust", "email"), new IndexOptions().unique(true));
            again.insertOne(new Document("_id", "p1").append("trust", "t1").append("email", "a@x"));
            client.getDatabase("db").drop();
            client.getDatabase("db").getCollection("people").insertOne(new Document("_id", "p1").append("trust", "t1"));
        });
    }

    @Test
    void documentsOfEveryCommonTypeReadBackTheSameAfterARestartAndOldFilesStillRead() {
        String file = folder.resolve("values.mv").toString();
        Document old = new Document("_id", "old").append("name", "written by the plain backend")
                .append("tags", List.of("a", "b"));
        withServer(new H2Backend(file), client -> client.getDatabase("db").getCollection("areas").insertOne(old));
        Document rich = new Document("_id", "rich")
                .append("text", "Rédaction — ünïcode")
                .append("int", 42)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("flag", true)
                .append("none", null)
                .append("when", new Date(1_700_000_000_000L))
                .append("id", new ObjectId())
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(new BigDecimal("12.345")))
                .append("list", List.of(1, "two", new Document("three", 3)))
                .append("nested", new Document("rights", new Document("BLOG", "VIEW")).append("empty", new Document()));
        withServer(new H2FileBackend(file), client -> {
            MongoCollection<Document> areas = client.getDatabase("db").getCollection("areas");
            areas.insertOne(rich);
            areas.updateOne(Filters.eq("_id", "old"), Updates.addToSet("tags", "c"));
        });
        withServer(new H2FileBackend(file), client -> {
            MongoCollection<Document> areas = client.getDatabase("db").getCollection("areas");
            assertThat(areas.find(Filters.eq("_id", "rich")).first()).isEqualTo(rich);
            assertThat(areas.find(Filters.eq("_id", "old")).first().getList("tags", String.class))
                    .containsExactly("a", "b", "c");
            assertThat(areas.countDocuments(Filters.eq("nested.rights.BLOG", "VIEW"))).isEqualTo(1);
        });
        List<Byte> tags = new ArrayList<>();
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> documents = store.openMap("databases.db.areas",
                    new MVMap.Builder<Object, Object>().valueType(new ObjectDataType() {
                        @Override
                        public Object read(ByteBuffer buffer) {
                            tags.add(buffer.get(buffer.position()));
                            return new BsonDocumentType().read(buffer);
                        }
                    }));
            assertThat(documents.get("rich")).isNotNull();
        }
        assertThat(tags).as("every document on file, the rewritten old one too, is BSON").isNotEmpty()
                .containsOnly(BsonDocumentType.BSON_TAG);
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    private static void withServer(MongoBackend backend, Consumer<MongoClient> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + bindLocally(server))) {
            work.accept(client);
        } finally {
            server.shutdown();
        }
    }

    private static String bindLocally(MongoServer server) {
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return "127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
