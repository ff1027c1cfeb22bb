package org.staffroom.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class NotificationApplication {

    /**
     * Names the mail stream provider, which Jakarta Mail otherwise looks up with a service-loader scan of the
     * whole class path for every message and body part it creates.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    public static void main(String[] args) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        StaffroomApplication.run(NotificationApplication.class, args);
    }
}
