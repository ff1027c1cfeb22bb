package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.AccessFact;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.access.AccessProjection;
import org.staffroom.platform.access.KnownArea;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;

/** The shared access projection, fed through Kafka by this service's own published events. */
@ServiceTest
class AccessProjectionTest {

    private static final String TRUST = "oak-academies";
    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    AccessPolicy policy;

    @Autowired
    AccessProjection projection;

    @Autowired
    MongoTemplate mongo;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    private UUID openDeepDive() {
        ApiClient.Response created = api.post("/api/work-areas", ADMIN, Map.of("name", "Deep dive", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString()));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    @Test
    void aNewMemberGainsRightsOnceTheEventArrives() {
        UUID area = openDeepDive();
        api.put("/api/work-areas/" + area + "/members/" + DemoUser.ERIN_ECT.id(), ADMIN, "");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                policy.require(DemoUser.ERIN_ECT.actor(), area, Section.BLOG, AccessLevel.MANAGE).members())
                .contains(DemoUser.ERIN_ECT.id()));
        assertThatThrownBy(() -> policy.require(DemoUser.ERIN_ECT.actor(), area, Section.REVIEWS, AccessLevel.MANAGE))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.visibleTo(DemoUser.ELI_TEACHER.actor(), area)).isInstanceOf(NotFound.class);
    }

    @Test
    void aRemovedMemberLosesTheirRights() {
        UUID area = openDeepDive();
        api.put("/api/work-areas/" + area + "/members/" + DemoUser.ERIN_ECT.id(), ADMIN, "");
        await().atMost(Duration.ofSeconds(15)).until(() -> policy.find(area)
                .map(access -> access.members().contains(DemoUser.ERIN_ECT.id())).orElse(false));

        api.delete("/api/work-areas/" + area + "/members/" + DemoUser.ERIN_ECT.id(), ADMIN);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThatThrownBy(
                () -> policy.visibleTo(DemoUser.ERIN_ECT.actor(), area)).isInstanceOf(AccessDenied.class));
    }

    @Test
    void collaborationEventsApplyOnceAndInOrderWhateverArrivesFirst() {
        UUID area = UUID.randomUUID();
        UUID sam = DemoUser.SAM_COACH.id();
        projection.handle(envelope(area, 0, null), new CollaboratorRightsGranted("oak-academies", area, sam,
                Map.of(Section.BLOG, AccessLevel.VIEW)));
        projection.handle(envelope(area, 1, null), new CollaboratorRemoved("oak-academies", area, sam));
        projection.handle(envelope(area, 0, null), new CollaboratorRightsGranted("oak-academies", area, sam,
                Map.of(Section.BLOG, AccessLevel.MANAGE)));

        assertThat(policy.find(area)).isEmpty();
        projection.handle(envelope(area, 0, null), new WorkAreaCreated("oak-academies", area, "Late", null,
                WorkAreaKind.GROUP, DemoUser.MARK_MENTOR.id(), null, null));

        assertThat(policy.find(area)).hasValueSatisfying(access -> assertThat(access.collaborators()).isEmpty());
    }

    @Test
    void eachServiceKeepsOnlyTheFactsItReads() {
        AccessProjection everything = new AccessProjection(mongo, List.of(AccessFact.NAME, AccessFact.LINKS));
        UUID bare = UUID.randomUUID();
        UUID full = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        for (UUID area : List.of(bare, full)) {
            AccessProjection into = area.equals(bare) ? projection : everything;
            into.handle(envelope(area, 0, null), new WorkAreaCreated(TRUST, area, "Deep dive", null,
                    WorkAreaKind.GROUP, DemoUser.MARK_MENTOR.id(), null, null));
            into.handle(envelope(area, 1, null), new WorkAreaDetailsChanged(TRUST, area, "Oracy", null));
            into.handle(envelope(area, 2, null), new ObjectiveSet(TRUST, area, objective, "Talk", null, null));
            into.handle(envelope(area, 3, null), new MemberAdded(TRUST, area, DemoUser.ERIN_ECT.id()));
        }

        assertThat(projection.handles("workarea.WorkAreaDetailsChanged")).isFalse();
        assertThat(projection.handles("workarea.ObjectiveSet")).isFalse();
        assertThat(projection.handles("workarea.MemberAdded")).isTrue();
        assertThat(everything.handles("workarea.WorkAreaDetailsChanged")).isTrue();
        KnownArea plain = policy.awaitKnown(bare, Duration.ZERO).orElseThrow();
        assertThat(plain.name()).isNull();
        assertThat(plain.access().objectiveIds()).isEmpty();
        assertThat(plain.access().members()).containsExactly(DemoUser.ERIN_ECT.id());
        KnownArea named = policy.awaitKnown(full, Duration.ZERO).orElseThrow();
        assertThat(named.name()).isEqualTo("Oracy");
        assertThat(named.access().objectiveIds()).containsExactly(objective);
        assertThat(named.access().members()).containsExactly(DemoUser.ERIN_ECT.id());
    }

    private static EventEnvelope envelope(UUID area, long sequence, String actor) {
        return new EventEnvelope(UUID.randomUUID(), "test", "1", Instant.now(), "oak-academies", area, sequence, actor,
                null, EventJson.newMapper().createObjectNode());
    }
}
