package org.staffroom.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(NotificationApplication.class, args);
    }
}
