package com.niasotac.auth.service;

import com.niasotac.auth.domain.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/users}: an admin creates a staff member or another admin. */
public record CreateUserRequest(
        @NotBlank
                @Size(min = 3, max = 150)
                @Pattern(regexp = UserRequests.USERNAME_PATTERN, message = UserRequests.USERNAME_MESSAGE)
                String username,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotNull @Pattern(regexp = UserRequests.ROLE_PATTERN, message = UserRequests.ROLE_MESSAGE) String role) {}
