package org.staffroom.workarea.query;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.web.ItemPage;

/** Pages through a list a document holds, in its own order, with the id of the last item seen as the cursor. */
final class Pages {

    private Pages() {
    }

    static <T> ItemPage<T> after(List<T> items, Function<T, String> idOf, UUID after, int limit) {
        int start = 0;
        if (after != null) {
            List<String> ids = items.stream().map(idOf).toList();
            start = ids.indexOf(after.toString()) + 1;
            if (start == 0) {
                throw new InvalidInput("after", "after does not name an item of this list.");
            }
        }
        List<T> fetched = items.subList(start, Math.min(items.size(), start + limit + 1));
        return ItemPage.of(fetched, limit, idOf);
    }
}
