package org.staffroom.notification;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("notification");

    @Test
    void notificationServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("notification").check(classes);
    }

    @Test
    void notificationDomainHasNoSpringAndNoPersistence() {
        ServiceArchitecture.domainIsPlainJava("notification").check(classes);
    }
}
