package org.staffroom.deploy.process;

/**
 * Memory of a set of processes at one moment.
 *
 * @param processes    how many processes were counted
 * @param residentBytes the sum of their VmRSS; pages shared between processes (PostgreSQL's shared buffers,
 *                      the JDK's class data) count once per process, so this overstates the real footprint
 * @param proportionalBytes the sum of their Pss, where each shared page is split between its users
 */
public record MemoryReport(int processes, long residentBytes, long proportionalBytes) {

    public static String format(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 1024 ? String.format("%.2f GiB", mib / 1024) : String.format("%.0f MiB", mib);
    }
}
