package org.staffroom.localmongo;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code hello} command, answered as {@code isMaster}.
 *
 * <p>The wire server knows only the older {@code isMaster}, while current drivers and Spring Boot's MongoDB
 * health indicator send {@code hello}; without an answer every application reports MongoDB down.
 */
final class HelloCommand {

    static final String OLD_NAME = "isMaster";

    private HelloCommand() {
    }

    static boolean is(String command) {
        return "hello".equalsIgnoreCase(command);
    }

    /** The {@code isMaster} answer with the field that {@code hello} adds. */
    static Document answer(Document isMasterAnswer) {
        isMasterAnswer.put("isWritablePrimary", Boolean.TRUE);
        return isMasterAnswer;
    }
}
