package org.staffroom.testing;

import org.staffroom.platform.readiness.CatchingUp;

/**
 * A projection that is still catching up when the service starts and stays so until a test releases it, to show
 * what a service answers meanwhile. Test contexts do not wait for it before their tests run.
 */
public final class HeldBackProjection implements CatchingUp {

    private volatile boolean heldBack = true;

    @Override
    public boolean isCaughtUp() {
        return !heldBack;
    }

    public void release() {
        heldBack = false;
    }
}
