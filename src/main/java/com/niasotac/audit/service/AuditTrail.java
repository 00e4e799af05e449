package com.niasotac.audit.service;

import com.niasotac.platform.json.JsonFormat;
import com.niasotac.platform.security.Actor;
import com.niasotac.platform.web.RequestIdFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The history of staff changes, written in the transaction of the change itself (so a change and its record
 * commit or roll back together). A change is described by the object's state before and after, as the records
 * its API reads and writes (PUT bodies): a create records every field, an update the fields that differ, a
 * delete every field. Secrets are never written: a field whose name says password, token, secret or hash is
 * recorded as "***".
 */
@ApplicationScoped
public class AuditTrail {

    /** What an entry did. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final String MASK = "***";
    static final Pattern SECRET = Pattern.compile("(?i).*(password|token|secret|hash).*");

    @PersistenceContext
    EntityManager em;

    @Inject
    Actor actor;

    public void created(String entity, long id, String label, Object after) {
        record(Action.CREATE, entity, id, label, null, after);
    }

    public void updated(String entity, long id, String label, Object before, Object after) {
        record(Action.UPDATE, entity, id, label, before, after);
    }

    public void deleted(String entity, long id, String label, Object before) {
        record(Action.DELETE, entity, id, label, before, null);
    }

    /** Writes the entry, unless an update changed nothing. */
    public void record(Action action, String entity, long id, String label, Object before, Object after) {
        JsonObject changes = changes(json(before), json(after));
        if (changes.isEmpty() && action == Action.UPDATE) {
            return;
        }
        Optional<Actor.User> user = currentUser();
        em.createNativeQuery(
                        """
                        INSERT INTO audit_log (user_id, username, action, entity, entity_id, entity_label, changes, request_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), ?8)""")
                .setParameter(1, user.map(Actor.User::id).orElse(null))
                .setParameter(2, user.map(Actor.User::username).orElse(null))
                .setParameter(3, action.label())
                .setParameter(4, entity)
                .setParameter(5, id)
                .setParameter(6, label == null ? null : label.substring(0, Math.min(label.length(), 300)))
                .setParameter(7, changes.toString())
                .setParameter(8, RequestIdFilter.current())
                .executeUpdate();
    }

    /** {@code {field: {old, new}}} for every field whose value differs, secrets masked. */
    static JsonObject changes(JsonObject before, JsonObject after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        JsonObjectBuilder changes = Json.createObjectBuilder();
        for (String field : fields) {
            JsonValue old = before.getOrDefault(field, JsonValue.NULL);
            JsonValue now = after.getOrDefault(field, JsonValue.NULL);
            if (!old.equals(now)) {
                boolean secret = SECRET.matcher(field).matches();
                changes.add(
                        field,
                        Json.createObjectBuilder()
                                .add("old", secret && old != JsonValue.NULL ? Json.createValue(MASK) : old)
                                .add("new", secret && now != JsonValue.NULL ? Json.createValue(MASK) : now));
            }
        }
        return changes.build();
    }

    private static JsonObject json(Object state) {
        if (state == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(JsonFormat.JSONB.toJson(state)))) {
            return reader.readObject();
        }
    }

    private Optional<Actor.User> currentUser() {
        try {
            return actor.user();
        } catch (ContextNotActiveException e) {
            return Optional.empty(); // a timer or a command: no request, no signed-in user
        }
    }
}
