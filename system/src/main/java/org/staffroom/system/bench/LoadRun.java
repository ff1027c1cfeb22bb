package org.staffroom.system.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an operation a fixed number of times, either from a fixed number of threads as fast as the system
 * answers or at a steady rate, and records each call's latency. Bounded in count, so it always ends.
 */
public final class LoadRun {

    /** One call of the measured operation; index runs from 0 to the count. */
    @FunctionalInterface
    public interface Operation {
        void run(int index) throws Exception;
    }

    /** Submits the calls of one run to the pool, given the run's start on {@link System#nanoTime()}. */
    @FunctionalInterface
    private interface Calls {
        List<Future<?>> submit(ExecutorService pool, long start) throws Exception;
    }

    private LoadRun() {
    }

    public static Latencies measure(int threads, int count, Operation operation) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        Failures failures = new Failures();
        return run(threads, nanos, failures, (pool, start) -> {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        call(operation, i, failures);
                        nanos[i] = System.nanoTime() - begin;
                    }
                }));
            }
            return workers;
        });
    }

    /**
     * Starts the operation {@code count} times at a steady {@code perSecond}, whether or not earlier calls have
     * answered, on up to {@code threads} at once. Each latency counts from the moment its call was due, so a
     * system that falls behind shows it in its latencies instead of being asked less often.
     */
    public static Latencies atRate(double perSecond, int count, int threads, Operation operation) throws Exception {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above zero, was " + perSecond);
        }
        long[] nanos = new long[count];
        Failures failures = new Failures();
        long interval = (long) (1e9 / perSecond);
        return run(threads, nanos, failures, (pool, start) -> {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                long early = due - System.nanoTime();
                if (early > 0) {
                    TimeUnit.NANOSECONDS.sleep(early);
                }
                int index = i;
                calls.add(pool.submit(() -> {
                    call(operation, index, failures);
                    nanos[index] = System.nanoTime() - due;
                }));
            }
            return calls;
        });
    }

    /** Runs the submitted calls to their end; fails if any call failed, and otherwise gives their latencies. */
    private static Latencies run(int threads, long[] nanos, Failures failures, Calls calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            for (Future<?> call : calls.submit(pool, start)) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        if (failures.count.get() > 0) {
            throw new IllegalStateException(failures.count.get() + " of " + nanos.length + " calls failed; the first: "
                    + failures.first.get());
        }
        return new Latencies(nanos, wall);
    }

    private static void call(Operation operation, int index, Failures failures) {
        try {
            operation.run(index);
        } catch (Exception e) {
            failures.count.incrementAndGet();
            failures.first.compareAndSet(null, e.toString());
        }
    }

    /** How many calls failed, and how the first of them did. */
    private static final class Failures {
        private final AtomicLong count = new AtomicLong();
        private final AtomicReference<String> first = new AtomicReference<>();
    }
}
