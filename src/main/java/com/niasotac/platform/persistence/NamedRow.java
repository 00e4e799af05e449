package com.niasotac.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a native query, read by column name (its alias in the SELECT), so adding or moving a column cannot
 * shift another's value. Asking for a column the statement does not select fails loudly, naming the columns it has.
 */
public final class NamedRow {

    /** Column name (lower case) → position; one map for every row of a result, built from its first row. */
    private final Map<String, Integer> columns;

    private final Object[] values;

    private NamedRow(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** A native query whose rows {@link #all} reads by name. */
    public static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    @SuppressWarnings("unchecked")
    public static List<NamedRow> all(Query query) {
        List<Tuple> tuples = query.getResultList();
        if (tuples.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = columns(tuples.get(0));
        List<NamedRow> rows = new ArrayList<>(tuples.size());
        for (Tuple tuple : tuples) {
            rows.add(new NamedRow(columns, tuple.toArray()));
        }
        return Collections.unmodifiableList(rows);
    }

    private static Map<String, Integer> columns(Tuple tuple) {
        List<TupleElement<?>> elements = tuple.getElements();
        Map<String, Integer> columns = new HashMap<>(elements.size() * 2);
        for (int i = 0; i < elements.size(); i++) {
            columns.put(elements.get(i).getAlias().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    public Object get(String column) {
        Integer position = columns.get(column);
        if (position == null) {
            position = columns.get(column.toLowerCase(Locale.ROOT));
        }
        if (position == null) {
            throw new IllegalArgumentException("No column " + column + " in this row; it has " + columns.keySet());
        }
        return values[position];
    }

    public Long longValue(String column) {
        return Rows.longValue(get(column));
    }

    public Integer intValue(String column) {
        return Rows.intValue(get(column));
    }

    public BigDecimal decimal(String column) {
        return Rows.decimal(get(column));
    }

    public boolean bool(String column) {
        return Rows.bool(get(column));
    }

    public String string(String column) {
        return Rows.string(get(column));
    }

    public Instant instant(String column) {
        return Rows.instant(get(column));
    }
}
