package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import com.niasotac.platform.config.Settings;
import com.niasotac.platform.errors.ErrorReporter;
import com.niasotac.platform.web.RequestSizeFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not handled elsewhere. The client sees a generic 500 (or 503 when the database is unreachable);
 * the log gets the whole story, and a 500 is reported to Sentry once. Details reach the client only with DEBUG
 * on outside production.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());
    private static final String CONNECTION_FAILURE_SQLSTATE_CLASS = "08";
    /**
     * The server shutting down or starting: a pooled connection it ends fails with admin_shutdown (57P01) before
     * the pool's validator has dropped it (seen in HealthIT as a 500 while the database stopped).
     */
    private static final Set<String> SERVER_GOING_SQLSTATES = Set.of("57P01", "57P02", "57P03");

    @Inject
    Settings settings;

    @Inject
    ErrorReporter reporter;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable e) {
        if (Causes.find(e, RequestSizeFilter.BodyTooLargeException.class).isPresent()) {
            return ErrorResponses.of(ErrorCode.PAYLOAD_TOO_LARGE, RequestSizeFilter.TOO_LARGE_MESSAGE);
        }
        Optional<Response> refused = DatabaseRefusals.answer(e);
        if (refused.isPresent()) {
            LOG.log(Level.FINE, e, () -> "The database refused a request on " + (uri == null ? "?" : uri.getPath()));
            return refused.get();
        }
        ErrorCode code = databaseUnreachable(e) ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_ERROR;
        LOG.log(
                Level.SEVERE,
                e,
                () -> "Unhandled error on " + (uri == null ? "?" : uri.getPath()) + " -> " + code.status());
        if (code == ErrorCode.INTERNAL_ERROR) {
            reporter.report(
                    e,
                    request == null ? "?" : request.getMethod(),
                    uri == null ? "?" : uri.getRequestUri().getRawPath());
        }
        String message = settings.showErrorDetails() ? code.defaultMessage() + " " + e : code.defaultMessage();
        return ErrorResponses.of(code, message);
    }

    static boolean databaseUnreachable(Throwable error) {
        return Causes.chain(error).stream()
                .anyMatch(t -> t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith(CONNECTION_FAILURE_SQLSTATE_CLASS)
                                || SERVER_GOING_SQLSTATES.contains(sql.getSQLState())));
    }
}
