package com.niasotac.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.SentryEvent;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorScrubberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Key (email)=(Awa.Dossou@example.bj) exists | Key (email)=([email]) exists",
                "Authorization: Bearer abc.DEF-123         | Authorization: Bearer [redacted]",
                "sent bearer abc.DEF-123 upstream           | sent bearer [redacted] upstream",
                "jwt eyJhbGciOi.eyJzdWIiOjF9.sig-_x here   | jwt [redacted] here",
                "postgres://niasotac:s3cr3t@db:5432/shop     | postgres://[redacted]@db:5432/shop",
                "login failed password=hunter2 for x       | login failed password=[redacted] for x",
                "{\"refresh\": \"r-token-value\"}            | {\"refresh\": \"[redacted]\"}",
                "token=abc&page=2                           | token=[redacted]&page=2",
                "Product 42 not priced                      | Product 42 not priced",
            })
    void masksPersonalDataAndCredentialsInText(String raw, String scrubbed) {
        assertThat(ErrorScrubber.text(raw)).isEqualTo(scrubbed);
    }

    @org.junit.jupiter.api.Test
    void dropsTheUserHeadersCookiesQueryAndBreadcrumbsOfAnEvent() {
        SentryEvent event = new SentryEvent();
        SentryException exception = new SentryException();
        exception.setValue("duplicate awa@example.bj");
        event.setExceptions(List.of(exception));
        User user = new User();
        user.setEmail("awa@example.bj");
        event.setUser(user);
        Request request = new Request();
        request.setUrl("/api/token");
        request.setHeaders(Map.of("Authorization", "Bearer x"));
        request.setCookies("session=1");
        request.setQueryString("token=abc");
        event.setRequest(request);

        SentryEvent scrubbed = ErrorScrubber.scrub(event);

        assertThat(scrubbed.getExceptions().get(0).getValue()).isEqualTo("duplicate [email]");
        assertThat(scrubbed.getUser()).isNull();
        assertThat(scrubbed.getRequest().getHeaders()).isNull();
        assertThat(scrubbed.getRequest().getCookies()).isNull();
        assertThat(scrubbed.getRequest().getQueryString()).isNull();
        assertThat(scrubbed.getRequest().getUrl()).isEqualTo("/api/token");
    }
}
