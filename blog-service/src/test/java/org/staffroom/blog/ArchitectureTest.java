package org.staffroom.blog;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("blog");

    @Test
    void blogServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("blog").check(classes);
    }

    @Test
    void blogDomainHasNoSpringAndNoPersistence() {
        ServiceArchitecture.domainIsPlainJava("blog").check(classes);
    }
}
