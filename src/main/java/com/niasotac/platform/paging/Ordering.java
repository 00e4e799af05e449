package com.niasotac.platform.paging;

/**
 * An order checked against an allow-list: the mapped column or attribute, never the client's text, so it is safe
 * to put in a query ({@code PagingParams.ordering} reads it from the request).
 */
public record Ordering(String attribute, boolean descending) {

    /** {@code "c.name DESC"} for a native ORDER BY, when the allow-list maps to SQL expressions. */
    public String sql() {
        return attribute + (descending ? " DESC" : " ASC");
    }

    /** {@code "e.username DESC"} for a JPQL ORDER BY over alias {@code alias}. */
    public String jpql(String alias) {
        return alias + "." + attribute + (descending ? " DESC" : " ASC");
    }
}
