package org.staffroom.blog;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class BlogServiceTest extends ServiceContractTest {
}
