package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;

/**
 * Work areas used a moment ago are kept in memory. When something else appended to an area in the meantime (another
 * instance of the service, which this cache does not allow for), the next command that appends here clashes with
 * it and is refused, and the command after that reads the area's whole history again.
 */
@ServiceTest
class ChangedElsewhereTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionManager transactions;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void aChangeStoredElsewhereConflictsOnceAndIsThenSeen() {
        String id = openRenamedAndChangedElsewhere(api, eventStore, transactions);

        assertProblem(rename(api, id, "Renamed again"), 409);
        Response retried = rename(api, id, "Renamed again");

        assertSeesTheChangeMadeElsewhere(retried);
    }

    /** Opens an area, renames it here, and stores a member added as another instance would. */
    private static String openRenamedAndChangedElsewhere(ApiClient api, EventStore eventStore,
            TransactionManager transactions) {
        String id = ApiSupport.openDeepDive(api);
        assertThat(rename(api, id, "Renamed here").status()).isEqualTo(200);
        MemberAdded elsewhere = new MemberAdded(DemoUser.OLIVIA_ADMIN.trustId(), UUID.fromString(id),
                DemoUser.ERIN_ECT.id());
        long afterOpenedAndRenamed = 2;
        transactions.executeInTransaction(() -> eventStore.publish(
                new GenericDomainEventMessage<>("WorkArea", id, afterOpenedAndRenamed, elsewhere)));
        return id;
    }

    private static void assertSeesTheChangeMadeElsewhere(Response renamed) {
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Renamed again");
        assertThat(renamed.json().get("members").get(0).asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
    }

    private static Response rename(ApiClient api, String id, String name) {
        return api.patch("/api/work-areas/" + id, ApiSupport.ADMIN, Map.of("name", name));
    }
}
