package org.staffroom.platform.commands;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;

/**
 * Keeps the most recently used aggregates of one type in memory, so that a command on an aggregate used a moment
 * ago does not read and apply its whole history again. It holds at most {@code capacity} aggregates, lets the
 * least recently used go first, and holds each one softly, so that the collector takes them back before the heap
 * runs short whatever their size.
 *
 * <p>Axon's caching repository drops an entry whenever the unit of work that used it rolls back, so a command that
 * fails leaves nothing half-applied behind. It does not check an entry against the event store, though: the cache
 * is right only while this instance is the one that handles the commands of the aggregates it holds. With several
 * instances of a service and no routing of each aggregate's commands to one of them, turn it off with
 * {@code staffroom.aggregates.cached=0}.
 */
public final class RecentAggregates implements Cache {

    private final int capacity;
    private final Map<Object, SoftReference<Object>> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public RecentAggregates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Gives the aggregate a cache of its own of this many aggregates, or none when {@code capacity} is zero. */
    static <T> void cache(AggregateConfigurer<T> aggregate, int capacity) {
        if (capacity > 0) {
            aggregate.configureCache(config -> new RecentAggregates(capacity));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        boolean collected = false;
        synchronized (entries) {
            SoftReference<Object> held = entries.get(key);
            value = held == null ? null : held.get();
            if (held != null && value == null) {
                entries.remove(key);
                collected = true;
            }
        }
        if (value != null) {
            Object read = value;
            listeners.forEach(listener -> listener.onEntryRead(key, read));
        } else if (collected) {
            expired(List.of(key));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous;
        List<Object> evicted;
        synchronized (entries) {
            previous = entries.put(key, new SoftReference<>(value));
            evicted = evictBeyondCapacity();
        }
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
        expired(evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        List<Object> evicted;
        synchronized (entries) {
            SoftReference<Object> held = entries.get(key);
            if (held != null && held.get() != null) {
                return false;
            }
            entries.put(key, new SoftReference<>(value));
            evicted = evictBeyondCapacity();
        }
        listeners.forEach(listener -> listener.onEntryCreated(key, value));
        expired(evicted);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = new ArrayList<>(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            SoftReference<Object> held = entries.get(key);
            return held != null && held.get() != null;
        }
    }

    /** How many aggregates are held now, counting any the collector has taken back since they were last read. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called holding the lock; the listeners hear of the evicted keys after it is released. */
    private List<Object> evictBeyondCapacity() {
        List<Object> evicted = new ArrayList<>();
        var oldest = entries.keySet().iterator();
        while (entries.size() > capacity && oldest.hasNext()) {
            evicted.add(oldest.next());
            oldest.remove();
        }
        return evicted;
    }

    private void expired(List<Object> keys) {
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryExpired(key)));
    }
}
