package org.staffroom.deploy.cli;

import java.io.IOException;

import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.keycloak.DemoRealm;
import org.staffroom.deploy.keycloak.TokenClient;

/**
 * {@code token <user> [--claims]}: prints an access token of a demo user, alone on its line so that
 * {@code TOKEN=$(./staffroom token mark.mentor)} works; {@code --claims} prints the decoded claims instead.
 */
final class TokenCommand {

    private final ConsolePrinter printer;

    TokenCommand(ConsolePrinter printer) {
        this.printer = printer;
    }

    int run(String username, boolean claims) throws IOException, InterruptedException {
        if (!DemoRealm.USERS.contains(username)) {
            printer.warning(username + " is not one of the demo users " + DemoRealm.USERS);
        }
        String token = TokenClient.local().accessToken(username);
        printer.line(claims ? TokenClient.claims(token) : token);
        return 0;
    }
}
