package com.niasotac.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) on loopback for the whole integration-test run, started before the first
 * test so the application's mail health is UP from the start. Tests read what it received, and may stop and
 * restart it to play an outage. Unit-test runs (no {@code it.smtp.port}) do not start it.
 */
public class MailServer implements LauncherSessionListener {

    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.smtp.port") != null) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(
                    new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received so far, by every recipient. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for one address. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream()
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
