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
import org.staffroom.deploy.platform.PlatformLock;
import org.staffroom.deploy.platform.PlatformHome;
import org.staffroom.deploy.process.Readiness;

/** {@code status}: which of the platform's ports answer on 127.0.0.1. Exits 0 only when all of them do. */
final class StatusCommand {

    private final ConsolePrinter printer;

    StatusCommand(ConsolePrinter printer) {
        this.printer = printer;
    }

    int run(Path home) {
        Map<String, Integer> ports = ports();
        List<List<String>> rows = new ArrayList<>();
        int answering = 0;
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            boolean open = Readiness.portOpen(port.getValue());
            answering += open ? 1 : 0;
            rows.add(List.of(port.getKey(), Integer.toString(port.getValue()), open ? "answers" : "-"));
        }
        printer.table(List.of("component", "port", "state"), rows);
        printer.line("");
        printer.line(PlatformLock.holder(new PlatformHome(home))
                .map(pid -> "A launcher runs on " + home + " (pid " + pid + ").")
                .orElse("No launcher runs on " + home + "."));
        printer.line("%d of %d ports answer.", answering, ports.size());
        return answering == ports.size() ? 0 : 1;
    }

    private static Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (AppSpec app : AppCatalog.ALL) {
            ports.put(app.module(), app.port());
        }
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
