package org.staffroom.localmongo;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index in an H2 map whose keys are compared as MongoDB compares values.
 *
 * <p>The H2 backend's own index keeps its keys in a map of H2's generic type, which compares objects it does not
 * know by serializing both with Java serialization, for every step of every lookup: most of the wire server's
 * time went there. Here keys are written the same way but compared value by value. The map has its own name,
 * so an index written by the plain backend is left alone and this one is built anew from the documents.
 */
final class H2KeyIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    H2KeyIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** How the map is opened. */
    static MVMap.Builder<KeyValue, Object> mapType() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new KeyType());
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * Orders index keys field by field with MongoDB's value order. Two keys that order equal without being equal
     * (a whole number stored once as an integer and once as a fraction, say) fall back to H2's byte order, so
     * that only equal keys are the same key.
     */
    static final class KeyType extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object left, Object right) {
            if (left instanceof KeyValue a && right instanceof KeyValue b) {
                int size = Math.min(a.size(), b.size());
                for (int i = 0; i < size; i++) {
                    int order = VALUES.compare(a.get(i), b.get(i));
                    if (order != 0) {
                        return order;
                    }
                }
                int order = Integer.compare(a.size(), b.size());
                if (order != 0 || a.equals(b)) {
                    return order;
                }
            }
            return super.compare(left, right);
        }
    }
}
