package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.AccessFact;
import org.staffroom.platform.access.AccessProjection;
import org.staffroom.platform.access.WorkAreaAccessDocument;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;

/** Which reading of the topics fills the access projection, as the facts a service keeps change. */
@ServiceTest
class AccessReadingTest {

    private static final String TRUST = "oak-academies";
    private static final String LEGACY = "access";

    @Autowired
    MongoClient client;

    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(client, "access-reading-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    private AccessProjection keeping(AccessFact... facts) {
        return new AccessProjection(mongo, List.of(facts));
    }

    private void applyOneArea(AccessProjection projection) {
        UUID area = UUID.randomUUID();
        projection.handle(new EventEnvelope(UUID.randomUUID(), "workarea.WorkAreaCreated", "1", Instant.now(), TRUST,
                area, 0, null, null, EventJson.newMapper().createObjectNode()), new WorkAreaCreated(TRUST, area,
                "Deep dive", null, WorkAreaKind.GROUP, DemoUser.MARK_MENTOR.id(), null, null));
    }

    private long documents() {
        return mongo.count(new Query(), WorkAreaAccessDocument.class);
    }

    @Test
    void aFreshProjectionBeginsANewReadingAndKeepsIt() {
        String first = keeping(AccessFact.NAME).startReading(LEGACY, false);
        applyOneArea(keeping(AccessFact.NAME));

        assertThat(first).startsWith(LEGACY + "-");
        assertThat(keeping(AccessFact.NAME).startReading(LEGACY, false)).isEqualTo(first);
        assertThat(documents()).isOne();
    }

    @Test
    void keepingAFactNotKeptBeforeDropsTheDocumentsAndBeginsANewReading() {
        String first = keeping().startReading(LEGACY, false);
        applyOneArea(keeping());

        String second = keeping(AccessFact.LINKS).startReading(LEGACY, false);

        assertThat(second).isNotEqualTo(first).startsWith(LEGACY + "-");
        assertThat(documents()).isZero();
        assertThat(keeping(AccessFact.LINKS).startReading(LEGACY, false)).isEqualTo(second);
    }

    @Test
    void keepingFewerFactsReadsOnButAFactDroppedAndKeptAgainNeedsANewReading() {
        String first = keeping(AccessFact.NAME, AccessFact.LINKS).startReading(LEGACY, false);
        applyOneArea(keeping(AccessFact.NAME, AccessFact.LINKS));

        assertThat(keeping(AccessFact.NAME).startReading(LEGACY, false)).isEqualTo(first);
        assertThat(documents()).isOne();
        assertThat(keeping(AccessFact.NAME, AccessFact.LINKS).startReading(LEGACY, false)).isNotEqualTo(first);
        assertThat(documents()).isZero();
    }

    @Test
    void documentsWrittenBeforeReadingsWereRecordedHoldEveryFactUnderTheLegacyName() {
        applyOneArea(keeping(AccessFact.NAME, AccessFact.LINKS));

        assertThat(keeping(AccessFact.LINKS).startReading(LEGACY, false)).isEqualTo(LEGACY);
        assertThat(documents()).isOne();
        assertThat(keeping().startReading(LEGACY, false)).isEqualTo(LEGACY);
        assertThat(keeping(AccessFact.NAME).startReading(LEGACY, false)).isNotEqualTo(LEGACY);
        assertThat(documents()).isZero();
    }

    @Test
    void aRebuildBeginsANewReadingWithTheSameFactsAndTheNextStartKeepsIt() {
        String first = keeping(AccessFact.NAME).startReading(LEGACY, false);
        applyOneArea(keeping(AccessFact.NAME));

        String rebuilt = keeping(AccessFact.NAME).startReading(LEGACY, true);

        assertThat(rebuilt).isNotEqualTo(first).startsWith(LEGACY + "-");
        assertThat(documents()).isZero();
        assertThat(keeping(AccessFact.NAME).startReading(LEGACY, false)).isEqualTo(rebuilt);
    }
}
