package org.staffroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.staffroom.testing.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** Checks a list endpoint's pages: {@code {"items": [...], "next": "<cursor or null>"}} with limit and after. */
public final class PageAssertions {

    private PageAssertions() {
    }

    /**
     * Reads the list a page of {@code limit} at a time, following each page's cursor, and checks that the pages
     * hold exactly the expected ids, in order, each page full but the last, each cursor the id of its page's last
     * item, and the last page's cursor null.
     *
     * @param idField the item field that holds the id the cursor names
     */
    public static void assertPagedInOrder(ApiClient api, String path, String token, int limit, String idField,
            List<String> expectedIds) {
        List<String> read = new ArrayList<>();
        String after = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Response response = api.get(path + separator + "limit=" + limit + (after == null ? "" : "&after=" + after),
                    token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode page = response.json();
            List<String> ids = page.get("items").findValuesAsString(idField);
            read.addAll(ids);
            JsonNode next = page.get("next");
            if (next.isNull()) {
                after = null;
            } else {
                assertThat(ids).as("a page with a cursor after it").hasSize(limit);
                assertThat(next.asText()).isEqualTo(ids.get(ids.size() - 1));
                after = next.asText();
            }
        } while (after != null && read.size() <= expectedIds.size());
        assertThat(read).containsExactlyElementsOf(expectedIds);
    }
}
