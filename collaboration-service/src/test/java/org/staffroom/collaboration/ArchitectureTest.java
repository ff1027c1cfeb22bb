package org.staffroom.collaboration;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("collaboration");

    @Test
    void collaborationServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("collaboration").check(classes);
    }

    @Test
    void collaborationDomainHasNoSpringAndNoPersistence() {
        ServiceArchitecture.domainIsPlainJava("collaboration").check(classes);
    }
}
