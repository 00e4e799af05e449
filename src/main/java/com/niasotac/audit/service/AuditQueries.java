package com.niasotac.audit.service;

import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.persistence.Rows;
import com.niasotac.platform.persistence.SqlQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reading the history: newest first, by object, user, action and time. */
@ApplicationScoped
public class AuditQueries {

    /** The kinds of object the history knows. */
    public static final Set<String> ENTITIES = Set.of(
            "product",
            "product_image",
            "category",
            "promotion",
            "template",
            "campaign",
            "settings",
            "service",
            "social_link",
            "user",
            "subscriber");

    public static final Set<String> ACTIONS = Set.of("create", "update", "delete");

    public record Filter(
            Optional<String> entity,
            Optional<Long> entityId,
            Optional<Long> userId,
            Optional<String> action,
            Optional<Instant> since,
            Optional<Instant> until) {}

    public record Author(long id, String username) {}

    public record Entry(
            long id,
            Instant at,
            Author user,
            String action,
            String entity,
            long entityId,
            String entityLabel,
            JsonObject changes) {}

    public record EntryList(long count, List<Entry> results) {}

    @PersistenceContext
    EntityManager em;

    public EntryList list(Filter filter, PageRequest page) {
        SqlQuery count = filtered(new SqlQuery().append("SELECT count(*) FROM audit_log a WHERE true"), filter);
        SqlQuery rows = filtered(
                        new SqlQuery()
                                .append(
                                        """
                                        SELECT a.id, a.at, a.user_id, a.username, a.action, a.entity, a.entity_id,
                                               a.entity_label, a.changes::text
                                        FROM audit_log a WHERE true"""),
                        filter)
                .append(" ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.create(em).getResultList();
        return new EntryList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                found.stream().map(AuditQueries::entry).toList());
    }

    private static SqlQuery filtered(SqlQuery query, Filter filter) {
        filter.entity().ifPresent(entity -> query.and("a.entity = ?", entity));
        filter.entityId().ifPresent(id -> query.and("a.entity_id = ?", id));
        filter.userId().ifPresent(id -> query.and("a.user_id = ?", id));
        filter.action().ifPresent(action -> query.and("a.action = ?", action));
        filter.since().ifPresent(since -> query.and("a.at >= ?", since));
        filter.until().ifPresent(until -> query.and("a.at <= ?", until));
        return query;
    }

    private static Entry entry(Object[] row) {
        Author author = row[2] == null ? null : new Author(((Number) row[2]).longValue(), (String) row[3]);
        JsonObject changes;
        try (var reader = Json.createReader(new StringReader((String) row[8]))) {
            changes = reader.readObject();
        }
        return new Entry(
                ((Number) row[0]).longValue(),
                Rows.instant(row[1]),
                author,
                (String) row[4],
                (String) row[5],
                ((Number) row[6]).longValue(),
                (String) row[7],
                changes);
    }
}
