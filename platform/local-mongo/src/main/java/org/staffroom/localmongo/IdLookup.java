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

    /**
     * Answers a query the way the collection would, but for a filter with an {@code _id} part looks up that part
     * first, with {@code plain}, and matches the whole filter against what it found, with {@code matching}.
     */
    static QueryResult query(Document filter, Document orderBy, int skip, int limit, int batchSize, Document fields,
                             Planned plain, Matched matching) {
        Document byId = idPart(filter);
        if (byId == null) {
            return plain.query(filter, orderBy, skip, limit, batchSize, fields);
        }
        QueryResult candidates = plain.query(byId, null, 0, 0, 0, null);
        return matching.match(StreamSupport.stream(candidates.spliterator(), false), filter, orderBy, skip, limit,
                batchSize, fields);
    }

    /** A collection's own query planning. */
    @FunctionalInterface
    interface Planned {
        QueryResult query(Document filter, Document orderBy, int skip, int limit, int batchSize, Document fields);
    }

    /** A collection's matching of a filter against documents already found. */
    @FunctionalInterface
    interface Matched {
        QueryResult match(Stream<Document> documents, Document filter, Document orderBy, int skip, int limit,
                          int batchSize, Document fields);
    }
}
