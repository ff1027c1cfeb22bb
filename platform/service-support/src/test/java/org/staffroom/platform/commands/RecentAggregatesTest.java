package org.staffroom.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentAggregatesTest {

    private final RecentAggregates cache = new RecentAggregates(2);
    private final List<String> heard = new ArrayList<>();

    private Registration listen() {
        return cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenFull() {
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void putIfAbsentKeepsWhatIsThere() {
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();

        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
    }

    @Test
    void removedEntriesAreGone() {
        cache.put("a", 1);
        cache.put("b", 2);

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.<String, Integer>get("a")).isNull();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void listenersHearEveryChangeUntilTheyCancel() {
        Registration registration = listen();
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 1);
        cache.put("c", 1);
        cache.remove("b");
        registration.cancel();
        cache.put("d", 1);

        assertThat(heard).containsExactly("created a", "updated a", "created b", "created c", "expired a",
                "removed b");
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new RecentAggregates(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
