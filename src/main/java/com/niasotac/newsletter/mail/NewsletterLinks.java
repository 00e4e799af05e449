package com.niasotac.newsletter.mail;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links mails carry: confirmation and unsubscribe pages of the shop (under {@code FRONTEND_URL}), and the
 * API endpoint a mail client calls for a one-click unsubscribe (under {@code PUBLIC_API_URL}).
 */
@ApplicationScoped
public class NewsletterLinks {

    @Inject
    Settings settings;

    public String confirmPage(String token) {
        return settings.frontendUrl() + "/newsletter/confirm?token=" + encoded(token);
    }

    public String unsubscribePage(String token) {
        return settings.frontendUrl() + "/newsletter/unsubscribe?token=" + encoded(token);
    }

    /** RFC 8058: the mail client POSTs {@code List-Unsubscribe=One-Click} here. */
    public String oneClickUnsubscribe(String token) {
        return settings.publicApiUrl() + "/api/v1/newsletter/unsubscribe?token=" + encoded(token);
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
