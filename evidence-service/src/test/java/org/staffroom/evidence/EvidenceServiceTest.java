package org.staffroom.evidence;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class EvidenceServiceTest extends ServiceContractTest {
}
