package com.niasotac.auth.service;

import java.security.Principal;
import java.util.Set;

/** Who made a request, as the verified access token says. */
public record AuthenticatedUser(long id, String username, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
