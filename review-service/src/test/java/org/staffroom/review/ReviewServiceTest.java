package org.staffroom.review;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class ReviewServiceTest extends ServiceContractTest {
}
