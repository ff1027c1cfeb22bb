package org.staffroom.gateway.support;

import com.sun.net.httpserver.Headers;

/** A request as one of the stub services received it. */
public record ReceivedRequest(String service, String method, String path, String query, Headers headers) {

    public String header(String name) {
        return headers.getFirst(name);
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }
}
