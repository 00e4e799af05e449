package com.niasotac.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://niasotac.com",
                "http://localhost:3000/x?y=1",
                "HTTPS://Shop.Example.com/",
                " https://a.b "
            })
    void absoluteWebAddressesAreAccepted(String value) {
        assertTrue(WebUrls.absoluteHttp(value).isPresent(), value);
        assertTrue(WebUrls.isAbsoluteHttp(value), value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "javascript:alert(1)",
                "data:text/html,x",
                "/relative/path",
                "niasotac.com",
                "ftp://host/file",
                "https://",
                "https:///path",
                "http://exa mple.com"
            })
    void anythingElseIsRefused(String value) {
        assertFalse(WebUrls.absoluteHttp(value).isPresent(), value);
        assertFalse(WebUrls.isAbsoluteHttp(value), value);
    }

    @Test
    void aStoredLinkHasALengthLimitTheSettingsDoNotHave() {
        String longLink = "https://niasotac.com/" + "a".repeat(WebUrls.MAX_CLIENT_LINK);
        assertFalse(WebUrls.isAbsoluteHttp(longLink));
        assertEquals(
                "niasotac.com", WebUrls.absoluteHttp(longLink).orElseThrow().getHost());
    }
}
