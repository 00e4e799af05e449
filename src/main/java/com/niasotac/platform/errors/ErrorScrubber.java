package com.niasotac.platform.errors;

import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last filter before an error report leaves: exception messages can quote data (a constraint violation
 * names the e-mail that collided, a driver error the URL it used), so e-mail addresses, credentials in URLs,
 * bearer tokens, JWTs and {@code password=…}-style pairs are masked, and the user, cookies, headers and
 * breadcrumbs are dropped.
 */
public final class ErrorScrubber {

    static final String MASK = "[redacted]";

    private static final List<Replacement> REPLACEMENTS = List.of(
            new Replacement(Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+"), "$1 " + MASK),
            new Replacement(Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), MASK),
            new Replacement(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s:]*:[^/@\\s]*@"), "$1" + MASK + "@"),
            new Replacement(
                    Pattern.compile("(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|authorization|access|refresh)"
                            + "(\\s*[=:]\\s*|\"\\s*:\\s*\")(?!\\[redacted]|(?i:bearer)\\b)[^\\s&,;\"']+"),
                    "$1$2" + MASK),
            new Replacement(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[email]"));

    private record Replacement(Pattern pattern, String with) {}

    private ErrorScrubber() {}

    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String scrubbed = value;
        for (Replacement replacement : REPLACEMENTS) {
            scrubbed = replacement.pattern().matcher(scrubbed).replaceAll(replacement.with());
        }
        return scrubbed;
    }

    public static SentryEvent scrub(SentryEvent event) {
        List<SentryException> exceptions = event.getExceptions();
        if (exceptions != null) {
            for (SentryException exception : exceptions) {
                exception.setValue(text(exception.getValue()));
            }
        }
        Message message = event.getMessage();
        if (message != null) {
            message.setFormatted(text(message.getFormatted()));
            message.setMessage(text(message.getMessage()));
            message.setParams(null);
        }
        event.setUser(null);
        event.setBreadcrumbs(null);
        Request request = event.getRequest();
        if (request != null) {
            request.setHeaders(null);
            request.setCookies(null);
            request.setQueryString(null);
            request.setData(null);
        }
        return event;
    }
}
