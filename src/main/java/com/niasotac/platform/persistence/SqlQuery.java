package com.niasotac.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement assembled from fixed fragments, with every value bound as a parameter. Fragments
 * use {@code ?} for values; client text never becomes SQL (orderings come from allow-lists).
 */
public final class SqlQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public SqlQuery append(String fragment, Object... values) {
        sql.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends {@code AND <condition>} (the statement must already have a WHERE). */
    public SqlQuery and(String condition, Object... values) {
        return append(" AND (" + condition + ")", values);
    }

    /** Adds the condition for a path segment on the table aliased {@code alias}: its id, or else its slug. */
    public SqlQuery andSlugOrId(String alias, String slugOrId) {
        return SlugOrId.id(slugOrId)
                .map(id -> and(alias + ".id = ?", id))
                .orElseGet(() -> and(alias + ".slug = ?", slugOrId));
    }

    public Query create(EntityManager em) {
        return bind(em.createNativeQuery(numbered()));
    }

    /** The statement's rows, read by column name. */
    public List<NamedRow> rows(EntityManager em) {
        return NamedRow.all(bind(NamedRow.query(em, numbered())));
    }

    private String numbered() {
        StringBuilder numbered = new StringBuilder(sql.length() + 16);
        int index = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                numbered.append('?').append(++index);
            } else {
                numbered.append(c);
            }
        }
        if (index != parameters.size()) {
            throw new IllegalStateException(index + " placeholders for " + parameters.size() + " values in: " + sql);
        }
        return numbered.toString();
    }

    private Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
