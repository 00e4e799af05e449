package com.niasotac.newsletter.mail;

import com.niasotac.platform.config.MailSettings;
import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends mail to the configured SMTP server, or to the dev outbox when there is none. */
@ApplicationScoped
public class Mailer {

    @Inject
    Settings settings;

    /** Opens a connection for several mails; fails with {@code serverUnavailable} when it cannot. */
    public MailBatch open() throws MailFailure {
        MailSettings mail = settings.mail();
        if (mail.smtp().isPresent()) {
            return SmtpMailBatch.connect(mail.smtp().get());
        }
        return new OutboxMailBatch(mail.outboxDir());
    }

    /** One mail on its own connection. */
    public void send(OutgoingMail mail) throws MailFailure {
        try (MailBatch batch = open()) {
            batch.send(mail);
        }
    }

    public String defaultFrom() {
        return settings.mail().defaultFrom();
    }
}
