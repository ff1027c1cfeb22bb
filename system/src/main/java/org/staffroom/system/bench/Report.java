package org.staffroom.system.bench;

import java.util.Locale;

import org.staffroom.deploy.console.ConsolePrinter;

/** Prints the benchmark's figures to the terminal as aligned lines, each with the goal it is read against. */
public final class Report {

    private final ConsolePrinter out;

    public Report(ConsolePrinter out) {
        this.out = out;
    }

    public void section(String title) {
        out.line("");
        out.line("== " + title);
    }

    public void rate(String what, Latencies latencies, String goal) {
        out.line(String.format(Locale.ROOT, "  %-52s %9.0f /s   p50 %7.2f ms   p99 %7.2f ms   (%d calls)  %s",
                what, latencies.perSecond(), latencies.p50(), latencies.p99(), latencies.count(), goal));
    }

    public void latency(String what, Latencies latencies, String goal) {
        out.line(String.format(Locale.ROOT, "  %-52s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (%d)  %s",
                what, latencies.p50(), latencies.p99(), latencies.percentileMillis(100), latencies.count(), goal));
    }

    public void figure(String what, String value, String goal) {
        out.line(String.format(Locale.ROOT, "  %-52s %s  %s", what, value, goal));
    }

    public void note(String text) {
        out.line("  " + text);
    }
}
