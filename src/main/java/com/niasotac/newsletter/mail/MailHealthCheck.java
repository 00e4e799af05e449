package com.niasotac.newsletter.mail;

import com.niasotac.platform.config.Settings;
import com.niasotac.platform.health.Dependency;
import com.niasotac.platform.health.RememberedProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Mail is UP when the SMTP server accepts a connection (and login), or, without SMTP, when the dev outbox is
 * writable. The SMTP probe is remembered for a few seconds so health polling does not hammer the server.
 */
@Dependency
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    static final Duration REMEMBERED = Duration.ofSeconds(10);

    @Inject
    Settings settings;

    @Inject
    Mailer mailer;

    private final RememberedProbe remembered = new RememberedProbe(REMEMBERED, this::probe);

    @Override
    public HealthCheckResponse call() {
        return remembered.get();
    }

    private HealthCheckResponse probe() {
        if (settings.mail().smtp().isEmpty()) {
            boolean writable = Files.isWritable(settings.mail().outboxDir())
                    || Files.notExists(settings.mail().outboxDir());
            return HealthCheckResponse.named("mail")
                    .status(writable)
                    .withData("transport", "outbox")
                    .build();
        }
        try (MailBatch connection = mailer.open()) {
            return HealthCheckResponse.named("mail")
                    .up()
                    .withData("transport", "smtp")
                    .build();
        } catch (MailFailure e) {
            return HealthCheckResponse.named("mail")
                    .down()
                    .withData("transport", "smtp")
                    .withData("error", "unreachable")
                    .build();
        }
    }
}
