package org.staffroom.notification;

import org.staffroom.testing.ServiceContractTest;
import org.staffroom.testing.ServiceTest;

@ServiceTest
class NotificationServiceTest extends ServiceContractTest {
}
