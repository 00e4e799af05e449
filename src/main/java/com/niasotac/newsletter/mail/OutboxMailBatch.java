package com.niasotac.newsletter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

/** Development without SMTP: each mail becomes an {@code .eml} file in the outbox directory. */
final class OutboxMailBatch implements MailBatch {

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());

    OutboxMailBatch(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(OutgoingMail mail) throws MailFailure {
        try {
            Files.createDirectories(directory);
            MimeMessage message = SmtpMailBatch.message(session, mail);
            Path file = directory.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException e) {
            throw new MailFailure("Outbox not writable: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailFailure("Invalid message: " + e.getMessage(), false, e);
        }
    }

    @Override
    public boolean usable() {
        return true;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
