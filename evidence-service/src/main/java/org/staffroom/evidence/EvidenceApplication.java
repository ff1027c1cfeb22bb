package org.staffroom.evidence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class EvidenceApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(EvidenceApplication.class, args);
    }
}
