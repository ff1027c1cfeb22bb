package org.staffroom.deploy.platform;

/** The fixed local ports of the platform, as the applications' defaults expect them. */
public final class LocalPorts {

    public static final String HOST = "127.0.0.1";
    public static final int POSTGRES = 5433;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int MONGO = 27017;
    public static final int SMTP = 3025;
    public static final int IMAP = 3143;
    public static final int MAIL_API = 8025;
    public static final int KEYCLOAK = 8180;

    private LocalPorts() {
    }
}
