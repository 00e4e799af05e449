package com.niasotac.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the token endpoints. */
public final class TokenRequests {

    private TokenRequests() {}

    public record Obtain(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 1024) String password) {}

    /** Any string: whatever is not a valid refresh token (an access token, garbage) is a 401, not a 400. */
    public record Refresh(@NotBlank String refresh) {}
}
