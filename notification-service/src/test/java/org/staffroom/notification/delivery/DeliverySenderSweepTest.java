package org.staffroom.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class DeliverySenderSweepTest {

    @Test
    void aSweepLooksForOrphansEvenWhenSendsAreDue() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        when(queue.due(any(), anyInt())).thenReturn(List.of("an-orphan-that-is-always-due"));
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        int found = sender.sweep();

        assertThat(found).isOne();
        verify(queue).dropOrphans(any(), any(Duration.class), isNull());
    }

    @Test
    void aFailedOrphanCheckDoesNotHoldBackTheSendsThatAreDue() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        when(queue.dropOrphans(any(), any(), any())).thenThrow(new IllegalStateException("store unavailable"));
        when(queue.due(any(), anyInt())).thenReturn(List.of("due-now"));
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        assertThat(sender.sweep()).isOne();
    }

    @Test
    void fullBatchesAreFollowedPastSendsStillQueuedUntilABatchIsNotFull() {
        DeliveryQueue queue = mock(DeliveryQueue.class);
        Instant first = Instant.parse("2026-01-01T08:00:00Z");
        Instant second = Instant.parse("2026-01-01T09:00:00Z");
        int full = DeliveryQueue.ORPHAN_BATCH;
        when(queue.dropOrphans(any(), any(), any())).thenReturn(new DeliveryQueue.OrphanCheck(full, 0, first),
                new DeliveryQueue.OrphanCheck(full, full, second), new DeliveryQueue.OrphanCheck(7, 3, second));
        DeliverySender sender = new DeliverySender(queue, null, null, null, null, Clock.systemUTC(), 1);

        sender.sweep();

        InOrder order = inOrder(queue);
        order.verify(queue).dropOrphans(any(), any(Duration.class), isNull());
        order.verify(queue).dropOrphans(any(), any(Duration.class), eq(first));
        order.verify(queue).dropOrphans(any(), any(Duration.class), eq(second));
        verify(queue, times(3)).dropOrphans(any(), any(Duration.class), any());
    }
}
