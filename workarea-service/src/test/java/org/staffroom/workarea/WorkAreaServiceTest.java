package org.staffroom.workarea;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class WorkAreaServiceTest extends ServiceContractTest {
}
