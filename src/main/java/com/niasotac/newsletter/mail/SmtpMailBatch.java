package com.niasotac.newsletter.mail;

import com.niasotac.platform.config.MailSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Mails over one SMTP connection (Jakarta Mail), with timeouts so a stuck server cannot hang a sender. */
final class SmtpMailBatch implements MailBatch {

    private static final String TIMEOUT_MILLIS = "15000";

    private final Session session;
    private final Transport transport;

    private SmtpMailBatch(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    static SmtpMailBatch connect(MailSettings.Smtp smtp) throws MailFailure {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        properties.put("mail.smtp.auth", Boolean.toString(smtp.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(
                    smtp.host(),
                    smtp.port(),
                    smtp.user().orElse(null),
                    smtp.password().orElse(null));
            return new SmtpMailBatch(session, transport);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP server unavailable: " + e.getMessage(), true, e);
        }
    }

    @Override
    public void send(OutgoingMail mail) throws MailFailure {
        MimeMessage message;
        try {
            message = message(session, mail);
        } catch (MessagingException e) {
            throw new MailFailure("Invalid message: " + e.getMessage(), false, e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            throw new MailFailure("Recipient refused: " + e.getMessage(), !transport.isConnected(), e);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP error: " + e.getMessage(), !transport.isConnected(), e);
        }
    }

    static MimeMessage message(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(mail.from(), true));
        message.setRecipients(MimeMessage.RecipientType.TO, new Address[] {new InternetAddress(mail.to(), true)});
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.html() == null || mail.html().isBlank()) {
            message.setText(mail.plain(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(mail.plain(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", plain, html));
        }
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.saveChanges();
        return message;
    }

    @Override
    public boolean usable() {
        return transport.isConnected();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the connection is gone either way
        }
    }
}
