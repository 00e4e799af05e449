package com.niasotac.newsletter.mail;

import com.niasotac.platform.config.MailSettings;
import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links mails carry: the shop's confirmation page ({@code NEWSLETTER_CONFIRM_URL}, by default
 * {@code <FRONTEND_URL>/newsletter/confirm/<token>}), and under {@code PUBLIC_API_URL} this API's own
 * unsubscribe page (for people, who need no shop page for it) and the endpoint a mail client calls for a
 * one-click unsubscribe.
 */
@ApplicationScoped
public class NewsletterLinks {

    @Inject
    Settings settings;

    public String confirmPage(String token) {
        return settings.mail().confirmUrl().replace(MailSettings.TOKEN, encoded(token));
    }

    /** The page a person opens from a mail: a GET shows a button, only the button's POST unsubscribes. */
    public String unsubscribePage(String token) {
        return settings.publicApiUrl() + "/newsletter/unsubscribe?token=" + encoded(token);
    }

    /** RFC 8058: the mail client POSTs {@code List-Unsubscribe=One-Click} here. */
    public String oneClickUnsubscribe(String token) {
        return settings.publicApiUrl() + "/api/v1/newsletter/unsubscribe?token=" + encoded(token);
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
