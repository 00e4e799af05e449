package com.niasotac.newsletter.subscriber;

import com.niasotac.newsletter.mail.MailFailure;
import com.niasotac.newsletter.mail.Mailer;
import com.niasotac.newsletter.mail.NewsletterLinks;
import com.niasotac.newsletter.mail.OutgoingMail;
import com.niasotac.newsletter.template.TemplateRenderer;
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
            Bonjour {name},

            Pour recevoir la newsletter de NIASOTAC TECHNOLOGIE, confirmez votre adresse {email} en ouvrant ce lien \
            (valable 7 jours) :
            {confirm_url}

            Si vous n'avez rien demandé, ignorez ce message : sans confirmation, votre adresse sera effacée.
            """;
    static final String HTML =
            """
            <p>Bonjour {name},</p>
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

    public void sendLater(String email, String name, String token) {
        executor.submit(() -> send(email, name, token));
    }

    void send(String email, String name, String token) {
        Map<String, String> values =
                Map.of("name", name == null ? "" : name, "email", email, "confirm_url", links.confirmPage(token));
        OutgoingMail mail = new OutgoingMail(
                mailer.defaultFrom(),
                email,
                SUBJECT,
                TemplateRenderer.plain(PLAIN, values),
                TemplateRenderer.html(HTML, values),
                Map.of());
        try {
            mailer.send(mail);
        } catch (MailFailure e) {
            // The address stays pending; subscribing again sends a new link.
            LOG.log(Level.WARNING, "Confirmation mail not sent: {0}", e.getMessage());
        }
    }
}
