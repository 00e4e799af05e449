package com.niasotac.auth.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    static final String SECRET = "kT9vQ2mX7pL4wR8zN1cB6yH3fJ5dG0sA";
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    static final java.util.UUID SIGN_IN = java.util.UUID.randomUUID();

    final AccessTokens tokens = new AccessTokens(SECRET, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenItIssuedVerifiesWithItsUserAndRoles() {
        String token = tokens.issue(7, "aminata", Set.of("staff"), SIGN_IN);

        assertThat(tokens.verify(token)).contains(new AccessTokens.Claims(7, "aminata", SIGN_IN));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(7, "aminata", Set.of("staff"), SIGN_IN);
        AccessTokens later =
                new AccessTokens(SECRET, Duration.ofMinutes(15), Clock.fixed(NOW.plusSeconds(901), ZoneOffset.UTC));

        assertThat(later.verify(token)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        AccessTokens other = new AccessTokens(
                "zz9vQ2mX7pL4wR8zN1cB6yH3fJ5dG0sB", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.verify(other.issue(7, "aminata", Set.of("admin"), SIGN_IN)))
                .isEmpty();
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = tokens.issue(7, "aminata", Set.of("staff"), SIGN_IN).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"staff\"", "\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String unsigned = new PlainJWT(claims(NOW.plusSeconds(600))).serialize();

        assertThat(unsigned).endsWith(".");
        assertThat(tokens.verify(unsigned)).isEmpty();
    }

    @Test
    void aTokenSignedWithTheRawSecretInsteadOfTheDerivedKeyIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims(NOW.plusSeconds(600)));
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void garbageIsRefused() {
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
    }

    static JWTClaimsSet claims(Instant expires) {
        return new JWTClaimsSet.Builder()
                .issuer(AccessTokens.ISSUER)
                .subject("7")
                .claim("username", "aminata")
                .claim("roles", List.of("admin"))
                .expirationTime(Date.from(expires))
                .build();
    }
}
