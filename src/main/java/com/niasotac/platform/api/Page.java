package com.niasotac.platform.api;

import com.niasotac.platform.paging.PageRequest;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** One page of a list: {@code {"count", "next", "previous", "results"}} with absolute links. */
@JsonbPropertyOrder({"count", "next", "previous", "results"})
public record Page<T>(long count, String next, String previous, List<T> results) {

    // Compared by identity: Yasson's recursion check puts every object it writes in a HashSet, and a record's own
    // hashCode walks everything it holds, so one page of products was hashed six times over (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The same page holding other results (a writer that writes the results itself). */
    public <U> Page<U> withResults(List<U> replaced) {
        return new Page<>(count, next, previous, replaced);
    }

    /** A page past the last one is a 404, except page 1 of an empty list. */
    public static <T> Page<T> of(PageRequest request, long count, List<T> results, UriInfo uri) {
        long lastPage = Math.max(1, (count + request.pageSize() - 1) / request.pageSize());
        if (request.page() > lastPage) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Invalid page: there are " + lastPage + " page(s).");
        }
        String next = request.page() < lastPage ? link(uri, request.page() + 1) : null;
        String previous = request.page() > 1 ? link(uri, request.page() - 1) : null;
        return new Page<>(count, next, previous, results);
    }

    private static String link(UriInfo uri, int page) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .build()
                .toString();
    }
}
