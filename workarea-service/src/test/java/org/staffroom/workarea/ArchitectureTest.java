package org.staffroom.workarea;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("workarea");

    @Test
    void workAreaServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("workarea").check(classes);
    }

    @Test
    void workAreaDomainHasNoSpringAndNoPersistence() {
        ServiceArchitecture.domainIsPlainJava("workarea").check(classes);
    }
}
