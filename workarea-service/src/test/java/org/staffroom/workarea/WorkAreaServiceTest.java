package org.staffroom.workarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

import tools.jackson.databind.JsonNode;

@ServiceTest
class WorkAreaServiceTest extends ServiceContractTest {

    /** The merge-patch bodies are plain fields, not bean properties; the API document must still list them. */
    @Test
    void theApiDocumentListsEveryFieldOfThePatchBodies() {
        JsonNode schemas = api.get("/v3/api-docs", null).json().path("components").path("schemas");

        assertThat(fields(schemas.path("ChangeWorkAreaRequest")))
                .containsExactlyInAnyOrder("name", "purpose", "lineManagerId");
        assertThat(fields(schemas.path("ChangeObjectiveRequest")))
                .containsExactlyInAnyOrder("title", "description", "dueDate", "status");
        assertThat(fields(schemas.path("ChangeAreaForDevelopmentRequest")))
                .containsExactlyInAnyOrder("title", "action", "ownerId", "dueDate", "objectiveId", "status");
    }

    private static List<String> fields(JsonNode schema) {
        return schema.path("properties").propertyNames().stream().toList();
    }
}
