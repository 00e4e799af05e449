package com.niasotac.newsletter.mail;

/**
 * A mail that could not be handed over. {@code serverUnavailable} tells a refused recipient (the next one may
 * go through) from a server that cannot be reached or dropped the connection (stop and retry later).
 */
public class MailFailure extends Exception {

    private final boolean serverUnavailable;

    public MailFailure(String message, boolean serverUnavailable, Throwable cause) {
        super(message, cause);
        this.serverUnavailable = serverUnavailable;
    }

    public boolean serverUnavailable() {
        return serverUnavailable;
    }
}
