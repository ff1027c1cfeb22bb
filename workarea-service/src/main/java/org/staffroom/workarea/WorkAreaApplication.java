package org.staffroom.workarea;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class WorkAreaApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(WorkAreaApplication.class, args);
    }
}
