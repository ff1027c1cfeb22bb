package org.staffroom.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), 5);

    @Test
    void waitsDoubleUpToTheLongestWait() {
        assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.waitAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.waitAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.waitAfter(4)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noAttemptIsLeftAfterTheLast() {
        assertThat(schedule.waitAfter(5)).isNull();
    }
}
