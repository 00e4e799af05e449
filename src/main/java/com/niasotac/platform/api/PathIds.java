package com.niasotac.platform.api;

/** Numeric ids from the path: anything else is a 404, as for an id that does not exist. */
public final class PathIds {

    private PathIds() {}

    public static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not an id
        }
        throw new ApiException(ErrorCode.NOT_FOUND, "Not found.");
    }
}
