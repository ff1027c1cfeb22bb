package org.staffroom.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list: {@code items} and the cursor of the next page, or null on the last one.
 * Built from a query that fetched one item more than the limit, which tells whether more exist.
 */
public record ItemPage<T>(List<T> items, String next) {

    public static <T> ItemPage<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new ItemPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new ItemPage<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)));
    }

    public <R> ItemPage<R> map(Function<T, R> mapper) {
        return new ItemPage<>(items.stream().map(mapper).toList(), next);
    }
}
