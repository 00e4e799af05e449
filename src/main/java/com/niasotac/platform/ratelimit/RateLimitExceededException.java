package com.niasotac.platform.ratelimit;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;

/** 429 in the envelope; its mapper adds {@code Retry-After}. */
public class RateLimitExceededException extends ApiException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(long retryAfterSeconds) {
        super(
                ErrorCode.RATE_LIMITED,
                "Too many requests; try again in " + retryAfterSeconds + " second" + (retryAfterSeconds == 1 ? "" : "s")
                        + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
