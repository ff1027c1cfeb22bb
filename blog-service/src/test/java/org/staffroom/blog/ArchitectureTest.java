package org.staffroom.blog;

import org.junit.jupiter.api.Test;
import org.staffroom.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void blogServiceImportsNoOtherService() {
        ServiceArchitecture.importsNoOtherService("blog").check(ServiceArchitecture.importService("blog"));
    }
}
