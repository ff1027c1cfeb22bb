package org.staffroom.localmongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void aDocumentIsWrittenAsTaggedBsonAndReadsBackEqual() {
        Document document = new Document("_id", "a").append("members", List.of("x", "y"))
                .append("rights", new Document("BLOG", "VIEW")).append("version", 7L);

        ByteBuffer written = write(type, document, "after");

        assertThat(written.get(0)).isEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).isEqualTo("after");
    }

    @Test
    void whatTheGenericTypeWroteStillReads() {
        Document document = new Document("_id", "old").append("count", 3);

        ByteBuffer written = write(new ObjectDataType(), document, 5L);

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).isEqualTo(5L);
    }

    @Test
    void aDocumentBsonCannotHoldIsWrittenTheGenericWay() {
        Document document = new Document("_id", "odd").append("letter", 'c');

        ByteBuffer written = write(type, document);

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
    }

    @Test
    void aDocumentLargerThanBsonAllowsIsWrittenTheGenericWay() {
        Document document = new Document("_id", "large").append("body", "x".repeat(16 * 1024 * 1024));

        ByteBuffer written = write(type, document);

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
    }

    private static ByteBuffer write(ObjectDataType writer, Object... values) {
        WriteBuffer buffer = new WriteBuffer();
        for (Object value : values) {
            writer.write(buffer, value);
        }
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }
}
