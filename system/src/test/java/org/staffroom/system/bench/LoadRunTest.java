package org.staffroom.system.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LoadRunTest {

    private final List<Integer> ran = new CopyOnWriteArrayList<>();

    @Test
    void aMeasuredRunCallsEachIndexOnceAndTimesEveryCall() throws Exception {
        Latencies latencies = LoadRun.measure(3, 50, ran::add);

        assertThat(ran).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 50).boxed().toList());
        assertThat(latencies.count()).isEqualTo(50);
    }

    @Test
    void aSteadyRunCallsEachIndexOnceAndTimesEveryCall() throws Exception {
        Latencies latencies = LoadRun.atRate(10_000, 20, 2, ran::add);

        assertThat(ran).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 20).boxed().toList());
        assertThat(latencies.count()).isEqualTo(20);
    }

    @Test
    void failedCallsFailTheRunAfterAllHaveRun() {
        LoadRun.Operation everyFifthFails = index -> {
            ran.add(index);
            if (index % 5 == 0) {
                throw new IllegalStateException("refused");
            }
        };

        String failed = "2 of 10 calls failed; the first: java.lang.IllegalStateException: refused";
        assertThatThrownBy(() -> LoadRun.measure(2, 10, everyFifthFails)).hasMessage(failed);
        assertThatThrownBy(() -> LoadRun.atRate(10_000, 10, 2, everyFifthFails)).hasMessage(failed);
        assertThat(ran).hasSize(20);
    }

    @Test
    void aSteadyRunNeedsARateAboveZero() {
        assertThatThrownBy(() -> LoadRun.atRate(0, 10, 2, ran::add)).isInstanceOf(IllegalArgumentException.class);
    }
}
