package com.niasotac.platform.paging;

import com.niasotac.platform.domain.NotFound;

/** Which page of a list: {@code page} (1-based) of {@code pageSize} rows. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** No list here comes near it; past it a page is past the end whatever the list. */
    static final long MAX_OFFSET = Integer.MAX_VALUE;

    /** The rows before this page; a page that far is past the end of every list (a 404), not an overflow. */
    public int offset() {
        long offset = (long) (page - 1) * pageSize;
        if (offset > MAX_OFFSET) {
            throw NotFound.because("Invalid page: it is past the last one.");
        }
        return (int) offset;
    }
}
