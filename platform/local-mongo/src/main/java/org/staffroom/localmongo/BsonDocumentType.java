package org.staffroom.localmongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Stores documents in an H2 map as BSON, the wire format they arrived in, rather than with Java serialization.
 *
 * <p>H2 writes every changed page whole, each value in it again, and its generic type writes any object it does
 * not know with a new {@code ObjectOutputStream}: under load that was a fifth of the CPU of the launcher, which
 * runs the wire server beside Kafka. Values written by the generic type, in files from before, still read as they
 * were, and a document that BSON cannot hold, or that is larger than BSON allows, is written the generic way, so
 * nothing is refused or left unreadable. The way back is closed: the plain H2 backend cannot read a file once this
 * type has written to it.
 */
final class BsonDocumentType extends ObjectDataType {

    /** A tag the generic type never writes: its own run from 0 to 119. */
    static final byte BSON_TAG = 120;

    /** In-memory size of a document against its BSON size, for H2's page and cache accounting. */
    private static final int MEMORY_PER_BYTE = 3;

    /** Starts high, as H2's own estimate does, until the documents written show what they take. */
    private volatile int averageBytes = 2048;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Document document) {
            ByteBuf bson = Unpooled.buffer(averageBytes * 2);
            try {
                BsonEncoder.encodeDocument(document, bson);
                int length = bson.readableBytes();
                if (length <= BsonConstants.MAX_BSON_OBJECT_SIZE) {
                    buffer.put(BSON_TAG).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
                    averageBytes += (length - averageBytes) / 16;
                    return;
                }
            } catch (RuntimeException notBson) {
                // Written below the generic way.
            } finally {
                bson.release();
            }
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_TAG) {
            return super.read(buffer);
        }
        ByteBuffer bson = buffer.duplicate();
        bson.position(buffer.position() + 1);
        ByteBuf in = Unpooled.wrappedBuffer(bson);
        Document document = BsonDecoder.decodeBson(in);
        buffer.position(buffer.position() + 1 + in.readerIndex());
        return document;
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageBytes * MEMORY_PER_BYTE : super.getMemory(value);
    }
}
