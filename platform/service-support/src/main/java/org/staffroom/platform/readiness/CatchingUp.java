package org.staffroom.platform.readiness;

/**
 * A projection that may still be filling after a start. The service answers its API only once every one of
 * them has caught up (see {@code ReadinessGate}).
 */
public interface CatchingUp {

    boolean isCaughtUp();
}
