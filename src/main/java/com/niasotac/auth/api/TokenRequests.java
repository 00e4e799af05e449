package com.niasotac.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the token endpoints. */
public final class TokenRequests {

    private TokenRequests() {}

    public record Obtain(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 1024) String password) {}

    public record Refresh(@NotBlank @Size(max = 256) String refresh) {}
}
