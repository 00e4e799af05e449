package com.niasotac.newsletter.service;

import com.niasotac.newsletter.domain.TemplateRenderer;
import com.niasotac.newsletter.mail.NewsletterLinks;
import com.niasotac.newsletter.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * One campaign mail for one recipient: the template filled in, the personal unsubscribe link (added at the
 * end when the template has none), and the one-click unsubscribe headers of RFC 8058.
 */
@ApplicationScoped
public class CampaignMails {

    static final String PLACEHOLDER = "{unsubscribe_url}";

    @Inject
    NewsletterLinks links;

    public OutgoingMail mail(DispatchLedger.Content content, DispatchLedger.Recipient recipient, String defaultFrom) {
        Map<String, String> values = Map.of(
                "name", recipient.name() == null ? "" : recipient.name(),
                "email", recipient.email(),
                "unsubscribe_url", links.unsubscribePage(recipient.unsubscribeToken()));
        String plain = content.plain().contains(PLACEHOLDER)
                ? content.plain()
                : content.plain() + "\n\n--\nSe désabonner : " + PLACEHOLDER + "\n";
        String html = content.html() == null
                        || content.html().isBlank()
                        || content.html().contains(PLACEHOLDER)
                ? content.html()
                : content.html() + "\n<p style=\"font-size:small\"><a href=\"" + PLACEHOLDER
                        + "\">Se désabonner</a></p>";
        return new OutgoingMail(
                content.from() == null ? defaultFrom : content.from(),
                recipient.email(),
                TemplateRenderer.subject(content.subject(), values),
                TemplateRenderer.plain(plain, values),
                TemplateRenderer.html(html, values),
                Map.of(
                        "List-Unsubscribe",
                        "<" + links.oneClickUnsubscribe(recipient.unsubscribeToken()) + ">",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"));
    }
}
