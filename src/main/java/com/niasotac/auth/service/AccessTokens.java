package com.niasotac.auth.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived access tokens: JWTs signed with HS256 under a key derived from {@code SECRET_KEY} (so the raw
 * secret never signs anything directly and other uses of it get other keys). Verification accepts HS256 only:
 * {@code alg: none}, other algorithms, a wrong signature, another issuer or an expired token are all refused.
 */
public final class AccessTokens {

    static final String ISSUER = "niasotac-api";
    static final String KEY_PURPOSE = "niasotac/access-token/v1";
    private static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

    private final byte[] signingKey;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(String secretKey, Duration lifetime, Clock clock) {
        this.signingKey = deriveKey(secretKey, KEY_PURPOSE);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** What a valid token says: whose it is and which sign-in (refresh-token family) issued it. */
    public record Claims(long userId, String username, UUID signIn) {}

    public Duration lifetime() {
        return lifetime;
    }

    /** {@code roles} are informative for clients; the server reads the stored role on every request. */
    public String issue(long userId, String username, Set<String> roles, UUID signIn) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(userId))
                .claim("username", username)
                .claim("roles", List.copyOf(roles))
                .claim("sid", signIn.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            jwt.sign(new MACSigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
        return jwt.serialize();
    }

    /** Whom the token speaks for, or empty when it is not one we issued and still valid. */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(new MACVerifier(signingKey))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer())
                    || expires == null
                    || !expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            String signIn = claims.getStringClaim("sid");
            if (signIn == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(
                    Long.parseLong(claims.getSubject()), claims.getStringClaim("username"), UUID.fromString(signIn)));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** HMAC-SHA256(secret, purpose): a 256-bit key for one purpose. */
    static byte[] deriveKey(String secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
