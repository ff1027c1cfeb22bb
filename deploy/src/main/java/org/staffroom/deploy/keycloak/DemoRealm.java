package org.staffroom.deploy.keycloak;

import java.util.List;

import org.staffroom.deploy.platform.LocalPorts;

/** Names and addresses of the demo realm in {@code deploy/keycloak/staffroom-realm.json}; local use only. */
public final class DemoRealm {

    public static final String NAME = "staffroom";
    public static final String CLI_CLIENT = "staffroom-cli";
    public static final String SERVICES_CLIENT = "staffroom-services";
    public static final String SERVICES_SECRET = "staffroom-local-secret";
    public static final String PASSWORD = "staffroom";
    public static final String RESOURCE = "org/staffroom/deploy/keycloak/staffroom-realm.json";
    public static final String FILE_NAME = "staffroom-realm.json";

    /** Tokens name this issuer however Keycloak was reached, because it runs with a fixed hostname. */
    public static final String PUBLIC_URL = "http://localhost:" + LocalPorts.KEYCLOAK;
    public static final String ISSUER = PUBLIC_URL + "/realms/" + NAME;
    public static final String LOCAL_URL = "http://" + LocalPorts.HOST + ":" + LocalPorts.KEYCLOAK;
    public static final String TOKEN_URL = LOCAL_URL + "/realms/" + NAME + "/protocol/openid-connect/token";
    public static final String DISCOVERY_URL = LOCAL_URL + "/realms/" + NAME + "/.well-known/openid-configuration";

    public static final List<String> USERS = List.of("olivia.admin", "mark.mentor", "erin.ect", "ethan.ect",
            "sam.coach", "ada.auditor", "eli.teacher", "noah.teacher", "pat.operator");

    private DemoRealm() {
    }
}
