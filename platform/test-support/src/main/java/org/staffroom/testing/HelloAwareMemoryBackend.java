package org.staffroom.testing;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory backend, answering {@code hello} as it answers {@code isMaster}: the wire server knows only the
 * older command, and Spring Boot's MongoDB health check sends the newer one to every database it sees.
 */
final class HelloAwareMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!"hello".equalsIgnoreCase(command)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document answer = super.handleCommand(channel, databaseName, "isMaster", query);
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}
