package org.staffroom.deploy.cli;

import java.util.Arrays;
import java.util.List;

import org.staffroom.deploy.apps.AppCatalog;
import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.platform.LocalPlatform;
import org.staffroom.deploy.platform.PlatformOptions;
import org.staffroom.deploy.platform.PlatformStartException;

/** Reads the command line and runs one command; returns the process exit code. */
public final class Cli {

    private static final int USAGE = 2;

    private final ConsolePrinter printer;

    public Cli(ConsolePrinter printer) {
        this.printer = printer;
    }

    public int run(PlatformOptions options, String... arguments) {
        if (arguments.length == 0) {
            return usage();
        }
        List<String> rest = Arrays.asList(arguments).subList(1, arguments.length);
        try {
            return dispatch(arguments[0], rest, options);
        } catch (PlatformStartException | IllegalStateException | IllegalArgumentException e) {
            printer.error(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            printer.error(e.toString());
            return 1;
        }
    }

    private int dispatch(String command, List<String> rest, PlatformOptions options) throws Exception {
        return switch (command) {
            case "up" -> new UpCommand(printer).run(upOptions(rest, options));
            case "token" -> rest.isEmpty() ? usage() : new TokenCommand(printer).run(rest.get(0),
                    rest.contains("--claims"));
            case "status" -> new StatusCommand(printer).run(options.home());
            case "reset" -> reset(options);
            case "help", "--help", "-h" -> help();
            default -> usage();
        };
    }

    private static PlatformOptions upOptions(List<String> flags, PlatformOptions options) {
        PlatformOptions chosen = options;
        for (String flag : flags) {
            if (flag.equals("--reset")) {
                chosen = chosen.withReset(true);
            } else if (flag.equals("--no-apps")) {
                chosen = chosen.withoutApps();
            } else if (flag.startsWith("--apps=")) {
                chosen = chosen.withApps(flag.substring("--apps=".length()).split(","));
            } else if (flag.equals("--rebuild")) {
                chosen = chosen.withRebuild();
            } else {
                throw new IllegalArgumentException("unknown option " + flag + " for up");
            }
        }
        return chosen;
    }

    private int reset(PlatformOptions options) {
        LocalPlatform.wipe(options.home());
        printer.line("Wiped %s.", options.home());
        return 0;
    }

    private int help() {
        printer.line("usage: staffroom-platform.jar <command>");
        printer.line("  up [--reset] [--apps=a,b] [--no-apps]  start everything; Ctrl-C stops it");
        printer.line("  up --rebuild                           rebuild every read model from the stored events");
        printer.line("  token <user> [--claims]                access token of a demo user (password staffroom)");
        printer.line("  status                                 what answers, and which applications are ready");
        printer.line("  reset                                  delete all local data (refused while up)");
        printer.line("");
        printer.line("Data and logs live in $STAFFROOM_HOME, by default <repository>/.staffroom.");
        printer.line("Applications: " + String.join(", ", AppCatalog.names()));
        return 0;
    }

    private int usage() {
        help();
        return USAGE;
    }
}
