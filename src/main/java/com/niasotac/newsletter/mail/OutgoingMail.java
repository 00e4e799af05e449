package com.niasotac.newsletter.mail;

import java.util.Map;

/** One message to one recipient: a plain part always, an HTML alternative when {@code html} is not blank. */
public record OutgoingMail(
        String from, String to, String subject, String plain, String html, Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }
}
