package com.niasotac.auth.service;

import com.niasotac.auth.domain.AppUser;
import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record UserResponse(
        long id,
        String username,
        String role,
        boolean isActive,
        Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt) {

    public static UserResponse of(AppUser user) {
        return new UserResponse(
                user.id(),
                user.username(),
                user.role().label(),
                user.isActive(),
                user.lastLoginAt(),
                user.createdAt(),
                user.updatedAt());
    }
}
