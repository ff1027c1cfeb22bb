package org.staffroom.review;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void reviewServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("review").check(ServiceArchitecture.importService("review"));
    }
}
