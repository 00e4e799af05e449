package com.niasotac.platform.errors;

import com.niasotac.platform.config.ErrorReportingSettings;
import com.niasotac.platform.config.Settings;
import com.niasotac.platform.web.RequestIdFilter;
import io.sentry.Sentry;
import io.sentry.protocol.Request;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends unhandled errors to Sentry when {@code SENTRY_DSN} is set (initialised at deployment, closed at
 * undeployment). An event carries the request's method, path and id, the environment and the release; the
 * SDK's personal-data collection is off and {@link ErrorScrubber} removes what could still leak.
 */
@ApplicationScoped
public class ErrorReporter {

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    @Inject
    Settings settings;

    private volatile boolean enabled;

    void start(@Observes Startup startup) {
        ErrorReportingSettings reporting = settings.errorReporting();
        if (reporting.sentryDsn().isEmpty()) {
            LOG.info("Error reports: off (SENTRY_DSN is not set)");
            return;
        }
        Sentry.init(options -> {
            options.setDsn(reporting.sentryDsn().get());
            options.setEnvironment(reporting.environment());
            options.setRelease(reporting.release());
            options.setSendDefaultPii(false);
            options.setAttachServerName(false);
            options.setEnableUncaughtExceptionHandler(false); // the server's threads are not ours
            options.setShutdownTimeoutMillis(2_000);
            options.setBeforeSend((event, hint) -> ErrorScrubber.scrub(event));
        });
        enabled = true;
        LOG.info(() ->
                "Error reports: Sentry, environment " + reporting.environment() + ", release " + reporting.release());
    }

    @PreDestroy
    void stop() {
        if (enabled) {
            Sentry.close();
        }
    }

    /** Reports {@code error}, raised while serving {@code method path} (the path only: queries may hold tokens). */
    public void report(Throwable error, String method, String path) {
        if (!enabled) {
            return;
        }
        Sentry.withScope(scope -> {
            Request request = new Request();
            request.setMethod(method);
            request.setUrl(path);
            scope.setRequest(request);
            String requestId = RequestIdFilter.current();
            if (requestId != null) {
                scope.setTag("request_id", requestId);
            }
            Sentry.captureException(error);
        });
    }
}
