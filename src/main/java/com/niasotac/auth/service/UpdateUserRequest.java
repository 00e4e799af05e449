package com.niasotac.auth.service;

import com.niasotac.auth.domain.PasswordPolicy;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/v1/users/{id}}: only the fields given change. */
public record UpdateUserRequest(
        @Pattern(regexp = UserRequests.ROLE_PATTERN, message = UserRequests.ROLE_MESSAGE) String role,
        Boolean isActive,
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password) {}
