package org.staffroom.deploy.platform;

/** The platform could not start; everything it had started has been stopped again. */
public class PlatformStartException extends RuntimeException {

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }

    public PlatformStartException(String message) {
        super(message);
    }
}
