package org.staffroom.deploy.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, answering the {@code hello} command as it answers {@code isMaster}.
 *
 * <p>mongo-java-server 1.47 knows only the older {@code isMaster}, while current drivers and Spring Boot's
 * MongoDB health indicator send {@code hello}; without this, every application's {@code /actuator/health}
 * reports MongoDB down. Real MongoDB needs none of this.
 */
final class HelloAwareH2Backend extends H2Backend {

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

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
