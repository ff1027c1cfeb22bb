package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.staffroom.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;
import org.staffroom.workarea.domain.WorkArea;

/**
 * A work area with more events than the snapshot count is snapshotted. When it is next loaded from the store, as
 * after a refused command drops it from memory, it is built from the snapshot and the events after it, or from its
 * whole history when the snapshot is of another revision or cannot be read; either way it holds everything.
 *
 * <p>Each test stores an event as another writer would after the refused command: a command that found the area
 * still in memory would clash with it and answer 409, so a 200 that shows it proves the area was loaded afresh.
 */
@ServiceTest
class SnapshotTest {

    private static final List<DemoUser> MEMBERS = List.of(DemoUser.SAM_COACH, DemoUser.ERIN_ECT,
            DemoUser.ETHAN_ECT, DemoUser.ADA_AUDITOR);

    @LocalServerPort
    int port;

    @Value("${staffroom.aggregates.snapshot-every}")
    int snapshotEvery;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionManager transactions;

    @Autowired
    DataSource dataSource;

    private ApiClient api;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void anAreaLoadedAfreshIsBuiltFromItsSnapshotWithNothingLost() {
        Area area = areaWithSnapshot();

        assertThat(eventStore.readEvents(area.id()).peek().getPayloadType()).isEqualTo(WorkArea.class);
        assertHoldsEverything(area, loadedAfresh(area));
    }

    @Test
    void aSnapshotOfAnotherRevisionIsPassedOverForTheWholeHistory() {
        Area area = areaWithSnapshot();
        jdbc.update("UPDATE SnapshotEventEntry SET payloadRevision = '0-taken-by-an-older-build' "
                + "WHERE aggregateIdentifier = ?", area.id());

        assertThat(eventStore.readEvents(area.id()).peek().getPayloadType()).isNotEqualTo(WorkArea.class);
        assertHoldsEverything(area, loadedAfresh(area));
    }

    @Test
    void aSnapshotThatCannotBeReadIsPassedOverForTheWholeHistory() {
        Area area = areaWithSnapshot();
        jdbc.update("UPDATE SnapshotEventEntry SET payload = ? WHERE aggregateIdentifier = ?",
                "{\"fieldNoLongerThere\":1}".getBytes(StandardCharsets.UTF_8), area.id());

        assertHoldsEverything(area, loadedAfresh(area));
    }

    /** An area opened, given members and a purpose, then renamed until it has passed the snapshot count. */
    private Area areaWithSnapshot() {
        String id = ApiSupport.openDeepDive(api);
        MEMBERS.forEach(member -> ApiSupport.addMember(api, id, member));
        assertThat(change(id, Map.of("purpose", "Reading for pleasure")).status()).isEqualTo(200);
        int events = 2 + MEMBERS.size();
        for (int i = 0; events <= snapshotEvery; i++, events++) {
            assertThat(change(id, Map.of("name", "Deep dive " + i)).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(id) > 0);
        return new Area(id, events);
    }

    /** Refuses a command on the area, which drops it from memory, stores a member added elsewhere, and renames it. */
    private Response loadedAfresh(Area area) {
        assertProblem(api.patch("/api/work-areas/" + area.id(), ApiSupport.ERIN, Map.of("name", "Not hers")), 403);
        MemberAdded elsewhere = new MemberAdded(DemoUser.OLIVIA_ADMIN.trustId(), UUID.fromString(area.id()),
                DemoUser.OLIVIA_ADMIN.id());
        transactions.executeInTransaction(() -> eventStore.publish(
                new GenericDomainEventMessage<>("WorkArea", area.id(), area.events(), elsewhere)));
        return change(area.id(), Map.of("name", "Loaded afresh"));
    }

    private int snapshots(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                Integer.class, id);
    }

    private Response change(String id, Map<String, String> fields) {
        return api.patch("/api/work-areas/" + id, ApiSupport.ADMIN, fields);
    }

    private static void assertHoldsEverything(Area area, Response renamed) {
        List<String> members = new ArrayList<>(MEMBERS.stream().map(member -> member.id().toString()).toList());
        members.add(DemoUser.OLIVIA_ADMIN.id().toString());

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Loaded afresh");
        assertThat(renamed.json().get("purpose").asText()).isEqualTo("Reading for pleasure");
        assertThat(renamed.json().get("lineManagerId").asText()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
        assertThat(renamed.json().get("members")).extracting(member -> member.asText())
                .containsExactlyElementsOf(members);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(area.events() + 1);
    }

    /** A work area and how many events it had before the test went on. */
    private record Area(String id, int events) {
    }
}
