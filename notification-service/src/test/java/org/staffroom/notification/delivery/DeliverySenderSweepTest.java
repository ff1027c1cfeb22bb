package org.staffroom.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeliverySenderSweepTest {

    @Test
    void aSweepLooksForOrphansEvenWhenSendsAreDue() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        when(queue.due(any(), anyInt())).thenReturn(List.of("an-orphan-that-is-always-due"));
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        int found = sender.sweep();

        assertThat(found).isOne();
        verify(queue).dropOrphans(any(), any(Duration.class));
    }
}
