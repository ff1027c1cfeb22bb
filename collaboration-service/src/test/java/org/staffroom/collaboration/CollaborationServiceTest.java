package org.staffroom.collaboration;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class CollaborationServiceTest extends ServiceContractTest {
}
