package com.niasotac.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a native query, read by column name (its alias in the SELECT), so adding or moving a column cannot
 * shift another's value. Asking for a column the statement does not select fails loudly, naming the columns it has.
 */
public final class NamedRow {

    private final Map<String, Object> values;

    private NamedRow(Tuple tuple) {
        List<TupleElement<?>> elements = tuple.getElements();
        values = new HashMap<>(elements.size() * 2);
        for (int i = 0; i < elements.size(); i++) {
            values.put(elements.get(i).getAlias().toLowerCase(Locale.ROOT), tuple.get(i));
        }
    }

    /** A native query whose rows {@link #all} reads by name. */
    public static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    @SuppressWarnings("unchecked")
    public static List<NamedRow> all(Query query) {
        return ((List<Tuple>) query.getResultList()).stream().map(NamedRow::new).toList();
    }

    public Object get(String column) {
        String key = column.toLowerCase(Locale.ROOT);
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No column " + column + " in this row; it has " + values.keySet());
        }
        return values.get(key);
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
