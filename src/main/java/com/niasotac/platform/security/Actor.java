package com.niasotac.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is acting in the current request: the signed-in user the authentication filter found, for the features
 * that record who did what (the audit trail). Empty for anonymous requests, timers and commands.
 */
@RequestScoped
public class Actor {

    public record User(long id, String username) {}

    private User user;

    public void signedIn(long id, String username) {
        this.user = new User(id, username);
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }
}
