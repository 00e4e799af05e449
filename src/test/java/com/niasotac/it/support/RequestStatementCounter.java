package com.niasotac.it.support;

import com.niasotac.platform.web.RequestIdFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Added to the tested WAR only, as Hibernate's statement inspector: counts the SQL statements prepared while
 * serving each request, by its request id, so timers and other requests running meanwhile do not count.
 */
public class RequestStatementCounter implements StatementInspector {

    static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    /** Statements containing a watched fragment, on any thread (timers included), since it was watched. */
    static final Map<String, AtomicLong> WATCHED = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        WATCHED.forEach((fragment, count) -> {
            if (sql.contains(fragment)) {
                count.incrementAndGet();
            }
        });
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            COUNTS.computeIfAbsent(requestId, id -> new AtomicLong()).incrementAndGet();
        }
        return sql;
    }

    public static void watch(String fragment) {
        WATCHED.put(fragment, new AtomicLong());
    }

    public static long watched(String fragment) {
        AtomicLong count = WATCHED.get(fragment);
        return count == null ? 0 : count.get();
    }

    public static long count(String requestId) {
        AtomicLong count = COUNTS.remove(requestId);
        return count == null ? 0 : count.get();
    }
}
