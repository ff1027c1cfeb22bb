package org.staffroom.events;

/**
 * Names of the headers Staffroom sets on HTTP requests and Kafka records, and of the matching
 * Axon metadata keys. The gateway, the services and the consumers all read these constants.
 */
public final class Headers {

    /** HTTP: a fresh id for each request, set by the gateway. */
    public static final String REQUEST_ID = "X-Request-Id";

    /** HTTP: the id that ties together everything one user action caused. */
    public static final String CORRELATION_ID = "X-Correlation-Id";

    /** HTTP: makes a retried POST return the first result. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Kafka record headers. */
    public static final String EVENT_ID = "staffroom-event-id";
    public static final String EVENT_TYPE = "staffroom-event-type";
    public static final String EVENT_REVISION = "staffroom-event-revision";
    public static final String TRUST_ID = "staffroom-trust-id";
    public static final String ACTOR_ID = "staffroom-actor-id";
    public static final String CORRELATION = "staffroom-correlation-id";
    public static final String REQUEST = "staffroom-request-id";
    public static final String DEAD_LETTER_ERROR = "staffroom-dead-letter-error";

    /** Axon metadata keys. */
    public static final String META_ACTOR_ID = "actorId";
    public static final String META_CORRELATION_ID = "correlationId";
    public static final String META_REQUEST_ID = "requestId";

    private Headers() {
    }
}
