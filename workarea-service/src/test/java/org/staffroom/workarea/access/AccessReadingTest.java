package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;

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

    @Autowired
    MongoClient client;

    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(client, "access-reading-" + UUID.randomUUID().toString().substring(0, 8));
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
    void aFreshProjectionIsFilledByTheFirstReadingAndKeepsIt() {
        assertThat(keeping(AccessFact.NAME).startReading()).isZero();
        applyOneArea(keeping(AccessFact.NAME));

        assertThat(keeping(AccessFact.NAME).startReading()).isZero();
        assertThat(documents()).isOne();
    }

    @Test
    void keepingAFactNotKeptBeforeDropsTheDocumentsAndReadsTheTopicsAgain() {
        keeping().startReading();
        applyOneArea(keeping());

        assertThat(keeping(AccessFact.LINKS).startReading()).isOne();
        assertThat(documents()).isZero();
        assertThat(keeping(AccessFact.LINKS).startReading()).isOne();
    }

    @Test
    void keepingFewerFactsReadsOnButAFactDroppedAndKeptAgainNeedsANewReading() {
        keeping(AccessFact.NAME, AccessFact.LINKS).startReading();
        applyOneArea(keeping(AccessFact.NAME, AccessFact.LINKS));

        assertThat(keeping(AccessFact.NAME).startReading()).isZero();
        assertThat(documents()).isOne();
        assertThat(keeping(AccessFact.NAME, AccessFact.LINKS).startReading()).isOne();
        assertThat(documents()).isZero();
    }

    @Test
    void documentsWrittenBeforeFactsWereChosenHoldThemAll() {
        applyOneArea(keeping(AccessFact.NAME, AccessFact.LINKS));

        assertThat(keeping(AccessFact.LINKS).startReading()).isZero();
        assertThat(documents()).isOne();
        assertThat(keeping().startReading()).isZero();
        assertThat(keeping(AccessFact.NAME).startReading()).isOne();
    }
}
