package org.staffroom.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
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

    @Test
    void aFailedOrphanCheckDoesNotHoldBackTheSendsThatAreDue() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        when(queue.dropOrphans(any(), any())).thenThrow(new IllegalStateException("store unavailable"));
        when(queue.due(any(), anyInt())).thenReturn(List.of("due-now"));
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        assertThat(sender.sweep()).isOne();
    }

    @Test
    void orphansAreDroppedBatchAfterBatchUntilABatchIsNotFull() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        when(queue.dropOrphans(any(), any())).thenReturn(DeliveryQueue.ORPHAN_BATCH, DeliveryQueue.ORPHAN_BATCH, 7);
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        sender.sweep();

        verify(queue, times(3)).dropOrphans(any(), any(Duration.class));
    }
}
