package com.niasotac.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is acting in the current request: the signed-in user the authentication filter found, for the features
 * that record who did what (the audit trail) and the resources that show staff more. Empty for anonymous requests, timers and commands.
 */
@RequestScoped
public class Actor {

    public record User(long id, String username) {}

    private User user;
    private boolean staff;

    public void signedIn(long id, String username, boolean staff) {
        this.user = new User(id, username);
        this.staff = staff;
    }

    /** Whether the caller may see what shoppers never do (inactive rows, counters, cost prices). */
    public boolean isStaff() {
        return staff;
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }
}
