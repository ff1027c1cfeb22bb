package org.staffroom.deploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.staffroom.deploy.apps.AppCatalog;
import org.staffroom.deploy.apps.AppSpec;
import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.platform.LocalPorts;
import org.staffroom.deploy.platform.PlatformHome;
import org.staffroom.deploy.platform.PlatformLock;
import org.staffroom.deploy.process.Readiness;

/**
 * {@code status}: which of the platform's ports answer on 127.0.0.1, and whether each application is ready to
 * serve its API or what it still waits for. Exits 0 only when every port answers and every application is ready.
 */
final class StatusCommand {

    private final ConsolePrinter printer;

    StatusCommand(ConsolePrinter printer) {
        this.printer = printer;
    }

    int run(Path home) {
        List<List<String>> rows = new ArrayList<>();
        int fine = 0;
        for (AppSpec app : AppCatalog.ALL) {
            ReadinessReport report = readiness(app);
            fine += report.ready() ? 1 : 0;
            rows.add(List.of(app.module(), Integer.toString(app.port()), report.words()));
        }
        Map<String, Integer> servers = servers();
        for (Map.Entry<String, Integer> server : servers.entrySet()) {
            boolean open = Readiness.portOpen(server.getValue());
            fine += open ? 1 : 0;
            rows.add(List.of(server.getKey(), Integer.toString(server.getValue()), open ? "answers" : "-"));
        }
        int all = AppCatalog.ALL.size() + servers.size();
        printer.table(List.of("component", "port", "state"), rows);
        printer.line("");
        printer.line(PlatformLock.holder(new PlatformHome(home))
                .map(pid -> "A launcher runs on " + home + " (pid " + pid + ").")
                .orElse("No launcher runs on " + home + "."));
        printer.line("%d of %d components are ready or answer.", fine, all);
        return fine == all ? 0 : 1;
    }

    private static ReadinessReport readiness(AppSpec app) {
        if (!Readiness.portOpen(app.port())) {
            return ReadinessReport.down();
        }
        return Readiness.get(app.readinessUrl())
                .map(answer -> ReadinessReport.of(answer.status(), answer.body()))
                .orElseGet(ReadinessReport::noProbe);
    }

    private static Map<String, Integer> servers() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("keycloak", LocalPorts.KEYCLOAK);
        ports.put("kafka", LocalPorts.KAFKA);
        ports.put("kafka controller", LocalPorts.KAFKA_CONTROLLER);
        ports.put("postgresql", LocalPorts.POSTGRES);
        ports.put("mongodb", LocalPorts.MONGO);
        ports.put("smtp (greenmail)", LocalPorts.SMTP);
        ports.put("imap (greenmail)", LocalPorts.IMAP);
        ports.put("mail api (greenmail)", LocalPorts.MAIL_API);
        return ports;
    }
}
