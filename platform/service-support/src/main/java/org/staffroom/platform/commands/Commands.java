package org.staffroom.platform.commands;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.staffroom.events.Headers;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.web.RequestIds;

/**
 * Sends a command and waits until its events are stored, with the actor and the request's ids as
 * metadata. Axon copies that metadata onto every event the command causes, and from there it
 * reaches the Kafka headers.
 */
public class Commands {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(Headers.META_ACTOR_ID, actor.userId().toString());
        putIfPresent(metadata, Headers.META_REQUEST_ID, RequestIds.currentRequestId());
        putIfPresent(metadata, Headers.META_CORRELATION_ID, RequestIds.currentCorrelationId());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)),
                TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
