package com.niasotac.newsletter.service;

import com.niasotac.newsletter.domain.TemplateRenderer;
import com.niasotac.newsletter.mail.MailFailure;
import com.niasotac.newsletter.mail.Mailer;
import com.niasotac.newsletter.mail.NewsletterLinks;
import com.niasotac.newsletter.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The double opt-in mail. Sent in the background after the subscription commits, so the answer to subscribe
 * takes as long whether or not a mail goes out (no way to learn who is subscribed by timing it).
 */
@ApplicationScoped
public class ConfirmationMails {

    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class.getName());

    static final String SUBJECT = "Confirmez votre inscription à la newsletter NIASOTAC";
    static final String PLAIN =
            """
            {greeting}

            Pour recevoir la newsletter de NIASOTAC TECHNOLOGIE, confirmez votre adresse {email} en ouvrant ce lien \
            (valable 7 jours) :
            {confirm_url}

            Si vous n'avez rien demandé, ignorez ce message : sans confirmation, votre adresse sera effacée.
            """;
    static final String HTML =
            """
            <p>{greeting}</p>
            <p>Pour recevoir la newsletter de NIASOTAC TECHNOLOGIE, confirmez votre adresse {email} :</p>
            <p><a href="{confirm_url}">Confirmer mon inscription</a> (lien valable 7 jours)</p>
            <p>Si vous n'avez rien demandé, ignorez ce message : sans confirmation, votre adresse sera effacée.</p>
            """;

    @Inject
    Mailer mailer;

    @Inject
    NewsletterLinks links;

    @Resource
    ManagedExecutorService executor;

    /** The mail to {@code email}; {@code name} may be absent ("Bonjour," alone, never "Bonjour ,"). */
    static OutgoingMail compose(String from, String email, String name, String confirmUrl) {
        String greeting = name == null || name.isBlank() ? "Bonjour," : "Bonjour " + name.strip() + ",";
        Map<String, String> values = Map.of("greeting", greeting, "email", email, "confirm_url", confirmUrl);
        return new OutgoingMail(
                from,
                email,
                SUBJECT,
                TemplateRenderer.plain(PLAIN, values),
                TemplateRenderer.html(HTML, values),
                Map.of());
    }

    public void sendLater(String email, String name, String token) {
        executor.submit(() -> send(email, name, token));
    }

    void send(String email, String name, String token) {
        OutgoingMail mail = compose(mailer.defaultFrom(), email, name, links.confirmPage(token));
        try {
            mailer.send(mail);
        } catch (MailFailure e) {
            // The address stays pending; subscribing again sends a new link.
            LOG.log(Level.WARNING, "Confirmation mail not sent: {0}", e.getMessage());
        }
    }
}
