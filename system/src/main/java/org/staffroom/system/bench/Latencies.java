package org.staffroom.system.bench;

import java.util.Arrays;

/** Latencies of one measured run, in nanoseconds, with the run's wall time. */
public final class Latencies {

    private final long[] nanos;
    private final long wallNanos;

    public Latencies(long[] nanos, long wallNanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.wallNanos = wallNanos;
    }

    public int count() {
        return nanos.length;
    }

    public double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    public double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }
}
