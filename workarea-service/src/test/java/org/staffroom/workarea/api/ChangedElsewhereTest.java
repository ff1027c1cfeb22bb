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
 * Work areas used a moment ago are kept in memory. When another instance of the service appended to an area in the
 * meantime, the next command here clashes with it and is refused, and the command after that reads the area's
 * whole history again, including the other instance's change.
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
    void aChangeStoredByAnotherInstanceConflictsOnceAndIsThenSeen() {
        String id = ApiSupport.openDeepDive(api);
        assertThat(rename(id, "Renamed here").status()).isEqualTo(200);
        MemberAdded elsewhere = new MemberAdded(DemoUser.OLIVIA_ADMIN.trustId(), UUID.fromString(id),
                DemoUser.ERIN_ECT.id());
        long afterOpenedAndRenamed = 2;
        transactions.executeInTransaction(() -> eventStore.publish(
                new GenericDomainEventMessage<>("WorkArea", id, afterOpenedAndRenamed, elsewhere)));

        assertProblem(rename(id, "Renamed again"), 409);
        Response retried = rename(id, "Renamed again");

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("name").asText()).isEqualTo("Renamed again");
        assertThat(retried.json().get("members").get(0).asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
    }

    private Response rename(String id, String name) {
        return api.patch("/api/work-areas/" + id, ApiSupport.ADMIN, Map.of("name", name));
    }
}
