package org.staffroom.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;

/** How requests for areas this service has not heard of wait, with a projection that never hears of them. */
class AccessPolicyWaitTest {

    private static final Actor CALLER = staff();
    private static final Actor OTHER = staff();

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final AccessPolicy policy = new AccessPolicy(mongo, Duration.ofMinutes(5), 2, 1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static Actor staff() {
        return new Actor(UUID.randomUUID(), "oak-academies", Set.of(Actor.STAFF));
    }

    /** A request that holds a waiting place, polling for an area that never arrives. */
    private Future<?> waitingRequest(Actor caller) {
        UUID unknown = UUID.randomUUID();
        Future<?> waiting = threads.submit(() -> policy.inTrustOf(caller, unknown));
        verify(mongo, timeout(10_000).atLeast(2)).findById(eq(unknown.toString()), eq(WorkAreaAccessDocument.class));
        return waiting;
    }

    private void assertNotFoundWithoutWaiting(Actor caller) {
        Future<?> answered = threads.submit(() -> policy.inTrustOf(caller, UUID.randomUUID()));
        assertThatThrownBy(() -> answered.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFound.class);
    }

    @Test
    void aCallerWhoHoldsTheirWaitingPlacesGetsNotFoundAtOnceWhileOthersStillWait() {
        Future<?> first = waitingRequest(CALLER);

        assertNotFoundWithoutWaiting(CALLER);
        Future<?> other = waitingRequest(OTHER);

        assertThat(first).isNotDone();
        assertThat(other).isNotDone();
    }

    @Test
    void onceEveryWaitingPlaceIsTakenAnUnknownAreaIsNotFoundAtOnce() {
        Future<?> first = waitingRequest(CALLER);
        Future<?> second = waitingRequest(OTHER);

        assertNotFoundWithoutWaiting(staff());

        assertThat(first).isNotDone();
        assertThat(second).isNotDone();
    }

    @Test
    void anInterruptedWaitEndsAndAnswersNotFound() {
        Future<?> waiting = waitingRequest(CALLER);

        threads.shutdownNow();

        assertThatThrownBy(() -> waiting.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFound.class);
    }
}
