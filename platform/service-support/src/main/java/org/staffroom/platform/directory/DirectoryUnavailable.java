package org.staffroom.platform.directory;

/** The directory could not be asked; the request can be retried later. */
public class DirectoryUnavailable extends RuntimeException {

    public DirectoryUnavailable(Throwable cause) {
        super("The user directory is unavailable.", cause);
    }
}
