package org.staffroom.localmongo;

import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * When a filter can be answered from the {@code _id} index although it names more than {@code _id}.
 *
 * <p>The wire server uses an index only when a filter names exactly that index's fields, so a filter such as
 * {@code {_id: x, version: {$lt: 7}}} reads every document of the collection. MongoDB itself narrows such a
 * filter to the documents that {@code _id} names and checks the rest on those. The collections of this package
 * do the same: they first look up the {@code _id} part and then match the whole filter against the few
 * documents found, which gives the same answer because a filter's top-level fields must all hold.
 */
final class IdLookup {

    private static final String ID = "_id";
    private static final Set<String> IN = Set.of("$in");

    private IdLookup() {
    }

    /**
     * The filter's {@code _id} condition alone, when it is an equality or an {@code $in} list and the filter
     * names other fields as well; otherwise {@code null}, and the wire server plans the filter as it always has.
     */
    static Document idPart(Document filter) {
        if (filter == null || filter.size() < 2 || !filter.containsKey(ID)) {
            return null;
        }
        Object condition = filter.get(ID);
        if (condition == null) {
            return null;
        }
        if (condition instanceof Document operators && !operators.keySet().equals(IN)) {
            return null;
        }
        return new Document(ID, condition);
    }

    /** The documents the {@code _id} part found, to be matched against the whole filter. */
    static Stream<Document> stream(QueryResult candidates) {
        return StreamSupport.stream(candidates.spliterator(), false);
    }
}
