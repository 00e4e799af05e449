package com.niasotac.auth.service;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the token and password helpers once from the validated settings. */
@ApplicationScoped
public class AuthConfiguration {

    @Produces
    @Singleton
    AccessTokens accessTokens(Settings settings) {
        return new AccessTokens(settings.secretKey(), settings.accessTokenLifetime(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
