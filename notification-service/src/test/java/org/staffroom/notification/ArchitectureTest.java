package org.staffroom.notification;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void notificationServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("notification").check(ServiceArchitecture.importService("notification"));
    }
}
