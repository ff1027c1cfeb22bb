package org.staffroom.localmongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class IdLookupTest {

    @Test
    void anIdEqualityOrInListBesideOtherFieldsIsLookedUpAlone() {
        Document guarded = new Document("_id", "a").append("version", new Document("$lt", 3));
        assertThat(IdLookup.idPart(guarded)).isEqualTo(new Document("_id", "a"));

        Document batch = new Document("_id", new Document("$in", List.of("a", "b"))).append("status", "QUEUED");
        assertThat(IdLookup.idPart(batch)).isEqualTo(new Document("_id", new Document("$in", List.of("a", "b"))));
    }

    @Test
    void otherFiltersAreLeftToTheWireServer() {
        assertThat(IdLookup.idPart(new Document("_id", "a"))).isNull();
        assertThat(IdLookup.idPart(new Document("status", "QUEUED").append("trustId", "t"))).isNull();
        assertThat(IdLookup.idPart(new Document("_id", new Document("$gt", "a")).append("trustId", "t"))).isNull();
        assertThat(IdLookup.idPart(new Document("_id", null).append("trustId", "t"))).isNull();
        assertThat(IdLookup.idPart(null)).isNull();
    }
}
