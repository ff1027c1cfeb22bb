package org.staffroom.localmongo;

import java.util.function.Function;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code hello} command, answered as {@code isMaster}.
 *
 * <p>The wire server knows only the older {@code isMaster}, while current drivers and Spring Boot's MongoDB
 * health indicator send {@code hello}; without an answer every application reports MongoDB down.
 */
final class HelloCommand {

    private HelloCommand() {
    }

    /**
     * Runs {@code command} with {@code backend}, which runs a command by name; {@code hello} runs as
     * {@code isMaster}, and its answer gains the field {@code hello} adds.
     */
    static Document run(String command, Function<String, Document> backend) {
        if (!"hello".equalsIgnoreCase(command)) {
            return backend.apply(command);
        }
        Document answer = backend.apply("isMaster");
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}
