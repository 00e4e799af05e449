package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database refuses because of the request, answered as the request's fault rather than a 500: a
 * unique key taken meanwhile by a concurrent request (409 naming the field), a broken CHECK (400), a missing or
 * still-used reference (409), text or numbers PostgreSQL cannot hold (400). The field comes from the constraint's
 * name, which this schema always writes {@code <table>_<column>_<key|check|fkey>}.
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {}

    static Optional<Response> answer(Throwable error) {
        return Causes.chain(error).stream()
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .filter(sql -> sql.getSQLState() != null)
                .findFirst()
                .flatMap(DatabaseRefusals::answer);
    }

    private static Optional<Response> answer(SQLException sql) {
        Optional<String> field = field(sql);
        return switch (sql.getSQLState()) {
            case "23505" -> Optional.of(refusal(
                    ErrorCode.CONFLICT,
                    field,
                    "is already taken",
                    "This value is already taken; another request may just have taken it."));
            case "23514" -> Optional.of(refusal(
                    ErrorCode.VALIDATION_ERROR, field, "breaks a rule of this field", "A value breaks a rule."));
            case "23503" -> Optional.of(refusal(
                    ErrorCode.CONFLICT,
                    field,
                    "refers to something missing or in use",
                    "A reference is missing or still in use."));
            case "22001", "22003" -> Optional.of(refusal(
                    ErrorCode.VALIDATION_ERROR,
                    field,
                    "is too long or too large",
                    "A value is too long or too large."));
                // U+0000 or a character the database's encoding lacks: refused earlier, this is the last net.
            case "22021", "22P05" -> Optional.of(
                    ErrorResponses.of(ErrorCode.BAD_REQUEST, "The request holds text the database cannot store."));
            default -> Optional.empty();
        };
    }

    private static Response refusal(ErrorCode code, Optional<String> field, String problem, String message) {
        ErrorBody body = field.map(name -> ErrorBody.of(code, Map.of(name, List.of(problem))))
                .orElseGet(() -> ErrorBody.of(code));
        return ErrorResponses.builder(code.status(), body, message).build();
    }

    /**
     * The column named by the constraint. The driver's class lives in the server's datasource module, not in
     * this deployment, so its ServerErrorMessage is read by name.
     */
    static Optional<String> field(SQLException sql) {
        try {
            Method details = sql.getClass().getMethod("getServerErrorMessage");
            Object message = details.invoke(sql);
            if (message == null) {
                return Optional.empty();
            }
            String table = (String) message.getClass().getMethod("getTable").invoke(message);
            String constraint =
                    (String) message.getClass().getMethod("getConstraint").invoke(message);
            return column(table, constraint);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
    }

    static Optional<String> column(String table, String constraint) {
        if (table == null || constraint == null || !constraint.startsWith(table + "_")) {
            return Optional.empty();
        }
        String rest = constraint.substring(table.length() + 1);
        for (String suffix : List.of("_key", "_check", "_fkey")) {
            if (rest.endsWith(suffix) && rest.length() > suffix.length()) {
                return Optional.of(rest.substring(0, rest.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }
}
