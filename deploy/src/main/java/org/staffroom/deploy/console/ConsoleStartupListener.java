package org.staffroom.deploy.console;

import java.time.Duration;

import org.staffroom.deploy.platform.StartupListener;

/** Shows the progress of a start and a stop on the terminal, one line per event. */
public final class ConsoleStartupListener implements StartupListener {

    private final ConsolePrinter printer;

    public ConsoleStartupListener(ConsolePrinter printer) {
        this.printer = printer;
    }

    @Override
    public void starting(String component) {
        printer.line("  starting %s", component);
    }

    @Override
    public void ready(String component, Duration after) {
        printer.line("  ready    %-22s after %5.1f s", component, after.toMillis() / 1000.0);
    }

    @Override
    public void skipped(String component, String reason) {
        printer.warning(component + " skipped: " + reason);
    }

    @Override
    public void notice(String message) {
        printer.line("  " + message);
    }

    @Override
    public void stopping(String component) {
        printer.line("  stopping %s", component);
    }

    @Override
    public void failed(String component, Throwable error) {
        String message = String.valueOf(error.getMessage());
        printer.error(component + ": " + message.lines().findFirst().orElse(message));
    }
}
