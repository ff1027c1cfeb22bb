package org.staffroom.collaboration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class CollaborationApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(CollaborationApplication.class, args);
    }
}
