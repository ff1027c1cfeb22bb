package org.staffroom.deploy.cli;

import java.util.ArrayList;
import java.util.List;

import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.console.ConsoleStartupListener;
import org.staffroom.deploy.platform.LocalPlatform;
import org.staffroom.deploy.platform.PlatformOptions;
import org.staffroom.deploy.platform.RunningComponent;
import org.staffroom.deploy.process.MemoryReport;
import org.staffroom.deploy.process.ProcessMemory;

/** {@code up [--reset] [--apps=a,b] [--no-apps]}: starts the platform and runs until Ctrl-C. */
final class UpCommand {

    private final ConsolePrinter printer;

    UpCommand(ConsolePrinter printer) {
        this.printer = printer;
    }

    int run(PlatformOptions options) throws InterruptedException {
        printer.line("Starting the Staffroom platform (home %s)", options.home());
        LocalPlatform platform = LocalPlatform.start(options.withListener(new ConsoleStartupListener(printer)));
        printSummary(platform);
        platform.awaitStop();
        printer.line("Stopped.");
        return 0;
    }

    private void printSummary(LocalPlatform platform) {
        printer.line("");
        printer.table(List.of("component", "address", "pid", "ready after", "resident"), rows(platform));
        MemoryReport total = platform.memory();
        printer.line("");
        printer.line("Ready in %.1f s. Resident memory of all %d processes together: %s (VmRSS sum; PSS %s).",
                platform.startupTime().toMillis() / 1000.0, total.processes(),
                MemoryReport.format(total.residentBytes()), MemoryReport.format(total.proportionalBytes()));
        printer.line("Logs in %s. Press Ctrl-C to stop everything.", platform.home().logs());
    }

    private static List<List<String>> rows(LocalPlatform platform) {
        List<List<String>> rows = new ArrayList<>();
        for (RunningComponent component : platform.components()) {
            boolean skipped = component.state() == RunningComponent.State.SKIPPED;
            String pid = component.pid().isPresent() ? Long.toString(component.pid().getAsLong()) : "-";
            String ready = skipped ? "not built" : String.format("%.1f s", component.readyAfter().toMillis() / 1000.0);
            String resident = skipped ? "-" : platform.memoryOf(component.name())
                    .map(memory -> MemoryReport.format(memory.residentBytes()))
                    .orElse("in launcher");
            rows.add(List.of(component.name(), component.address(), pid, ready, resident));
        }
        MemoryReport launcher = ProcessMemory.measure(List.of(ProcessHandle.current().pid()));
        rows.add(List.of("launcher", "kafka and mongodb run inside", Long.toString(ProcessHandle.current().pid()),
                "-", MemoryReport.format(launcher.residentBytes())));
        return rows;
    }
}
