package org.staffroom.platform.web;

/** A request body went past the configured limit. */
public class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
