package com.niasotac.djangoimport.service;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A refused write, told as the report's reason: which rule of this application's schema the row breaks. */
final class TargetProblems {

    private static final Map<String, String> UNIQUE = Map.of(
            "app_user_username_key",
            "another account here already has this username (case-insensitively)",
            "newsletter_subscriber_email_key",
            "another subscriber has this address (case-insensitively)",
            "promotion_code_key",
            "another promotion has this code (case-insensitively)",
            "product_sku_key",
            "another product here already has this SKU",
            "newsletter_send_log_campaign_id_subscriber_id_key",
            "a second log row for the same campaign and recipient");

    private TargetProblems() {}

    static String explain(SQLException e) {
        String state = Objects.requireNonNullElse(e.getSQLState(), "");
        if (state.isEmpty()) {
            return e.getMessage(); // the importer's own refusal, already a sentence
        }
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        String detail = server == null || server.getDetail() == null ? "" : " (" + server.getDetail() + ")";
        if (state.equals("23505")) {
            if (constraint != null && UNIQUE.containsKey(constraint)) {
                return UNIQUE.get(constraint);
            }
            return constraint != null && constraint.endsWith("_slug_key")
                    ? "another row here already has this slug" + detail
                    : "a value that must be unique is taken" + detail;
        }
        if (state.equals("23514")) {
            return "breaks this application's rule " + constraint + detail;
        }
        if (state.equals("23503")) {
            return "other rows here still refer to it" + detail;
        }
        if (state.equals("22001")) {
            return "a value is longer than this application keeps (" + e.getMessage() + ")";
        }
        return "the database refused it: " + e.getMessage();
    }
}
