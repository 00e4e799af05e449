package com.niasotac.testdata;

import java.util.Arrays;
import java.util.List;

/** The body of the {@code /bulk} endpoints (products, promotions, subscribers): an action on these ids. */
public record BulkAction(String action, List<Long> ids) implements RequestBody {

    public static BulkAction of(String action, long... ids) {
        return new BulkAction(action, Arrays.stream(ids).boxed().toList());
    }
}
