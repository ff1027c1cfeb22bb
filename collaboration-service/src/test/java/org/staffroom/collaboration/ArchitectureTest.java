package org.staffroom.collaboration;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void collaborationServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("collaboration").check(ServiceArchitecture.importService("collaboration"));
    }
}
