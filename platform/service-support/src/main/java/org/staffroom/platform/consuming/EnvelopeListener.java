package org.staffroom.platform.consuming;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.platform.web.RequestIds;

/**
 * Reads the envelope of each record, logs it once by id with its correlation id, and hands it on. A record whose
 * type header names a type the handler has no use for is skipped unread.
 */
class EnvelopeListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(EnvelopeListener.class);

    private final String name;
    private final EnvelopeHandler handler;

    EnvelopeListener(String name, EnvelopeHandler handler) {
        this.name = name;
        this.handler = handler;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        String type = header(record, Headers.EVENT_TYPE);
        if (type != null && !handler.handles(type)) {
            return;
        }
        EventEnvelope envelope = read(record);
        StaffroomEvent event = payload(envelope);
        MDC.put(RequestIds.MDC_CORRELATION_ID, header(record, Headers.CORRELATION));
        MDC.put(RequestIds.MDC_REQUEST_ID, header(record, Headers.REQUEST));
        try {
            log.debug("{} handles {} {} of work area {}", name, envelope.type(), envelope.eventId(),
                    envelope.workAreaId());
            handler.handle(envelope, event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Handling event " + envelope.eventId() + " failed", e);
        } finally {
            MDC.remove(RequestIds.MDC_CORRELATION_ID);
            MDC.remove(RequestIds.MDC_REQUEST_ID);
        }
    }

    private static EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.read(record.value());
        } catch (RuntimeException e) {
            throw new UnreadableEvent("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not an event envelope", e);
        }
    }

    private static StaffroomEvent payload(EventEnvelope envelope) {
        try {
            return EventJson.payload(envelope);
        } catch (RuntimeException e) {
            throw new UnreadableEvent("Event " + envelope.eventId() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
