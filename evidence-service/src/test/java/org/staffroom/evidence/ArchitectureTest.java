package org.staffroom.evidence;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void evidenceServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("evidence").check(ServiceArchitecture.importService("evidence"));
    }
}
