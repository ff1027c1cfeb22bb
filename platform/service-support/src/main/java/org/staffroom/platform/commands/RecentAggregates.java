package org.staffroom.platform.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Keeps the most recently used aggregates of one type in memory, so that a command on an aggregate used a moment
 * ago does not read and apply its whole history again. It holds at most {@code capacity} aggregates and lets the
 * least recently used go first.
 *
 * <p>Axon's caching repository drops an entry whenever the unit of work that used it rolls back. A command that
 * fails, or whose events clash with events another instance appended meanwhile (the same sequence number), therefore
 * leaves nothing stale behind: the next command reads the history again.
 */
public final class RecentAggregates implements Cache {

    /**
     * Aggregates kept per type by {@link #register(Class)}: a work area with its objectives and areas for
     * development takes a few kilobytes, so this stays within a few megabytes of a service's heap.
     */
    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public RecentAggregates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Registers the aggregate type with a cache of its own of {@value #DEFAULT_CAPACITY} aggregates. */
    public static <T> ConfigurerModule register(Class<T> aggregateType) {
        return register(aggregateType, DEFAULT_CAPACITY);
    }

    /** Registers the aggregate type with a cache of its own of this many aggregates. */
    public static <T> ConfigurerModule register(Class<T> aggregateType, int capacity) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(aggregateType)
                .configureCache(config -> new RecentAggregates(capacity)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous;
        List<Object> evicted;
        synchronized (entries) {
            previous = entries.put(key, value);
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
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, value);
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
            return entries.containsKey(key);
        }
    }

    /** How many aggregates are held now. */
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
