package com.niasotac.platform.cache;

/**
 * What a public answer's bytes depend on: the request URL (scheme, {@code Host}, raw path; absolute links are
 * built from it) and the raw query. Worked out from the same two values, which the servlet request takes from
 * Undertow's exchange, by the JAX-RS filter that keeps answers and by the Undertow handler that serves them,
 * so that both name an answer alike.
 */
public final class PublicCacheKey {

    private PublicCacheKey() {}

    /** {@code rawQuery} is null or empty when the request has none. */
    public static String of(String requestUrl, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? requestUrl : requestUrl + "?" + rawQuery;
    }
}
