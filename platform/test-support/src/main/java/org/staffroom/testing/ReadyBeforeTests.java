package org.staffroom.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.staffroom.platform.readiness.CatchingUp;

/**
 * A service answers its API only once its projections have read what their topics held at start; the shared test
 * topics hold what earlier test classes wrote, so a test context waits for that before its tests run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReadyBeforeTests {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @Bean
    ApplicationListener<ApplicationReadyEvent> awaitCatchUp(ObjectProvider<CatchingUp> projections) {
        return ready -> await().atMost(AT_MOST)
                .until(() -> projections.orderedStream()
                        .filter(projection -> !(projection instanceof HeldBackProjection))
                        .allMatch(CatchingUp::isCaughtUp));
    }
}
