package org.staffroom.gateway.request;

/** Names of the exchange attributes the gateway's filters share. */
public final class RequestAttributes {

    /** The {@code sub} of the authenticated token, once security has run. */
    public static final String USER_ID = RequestAttributes.class.getName() + ".userId";

    private RequestAttributes() {
    }
}
