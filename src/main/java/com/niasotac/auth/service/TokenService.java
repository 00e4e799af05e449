package com.niasotac.auth.service;

import com.niasotac.auth.domain.AppUser;
import com.niasotac.auth.domain.RefreshToken;
import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sign-in and refresh. Refresh tokens rotate: each is claimed by one conditional UPDATE, so it works once
 * even under concurrent use; presenting a used token again revokes every token of its sign-in (its family),
 * the standard answer to a stolen refresh token.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    private static final int REFRESH_TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A used refresh token presented again this soon after its use is a second tab refreshing at the same
     * moment, not a theft: it gets a pair of its own in the same sign-in. Later, a reuse revokes the sign-in.
     */
    static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessTokens accessTokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    Settings settings;

    @Inject
    UserService users;

    @Inject
    SignIns signIns;

    /** A token pair for valid credentials of an active user; empty otherwise, in the same time either way. */
    @Transactional
    public Optional<TokenPair> obtain(String username, String password) {
        Optional<AppUser> found = users.findByUsername(username).filter(AppUser::isActive);
        // While accounts imported from Django keep their PBKDF2 hashes, every attempt pays for both kinds of
        // hash, so the time of an answer tells neither whether the account exists nor which hash it has.
        boolean djangoHashesRemain = users.djangoPasswordHashesRemain();
        if (found.isEmpty()) {
            passwords.verifyAgainstNobody(password);
            if (djangoHashesRemain) {
                passwords.spendDjangoVerification(password);
            }
            return Optional.empty();
        }
        AppUser user = found.get();
        String hash = user.passwordHash();
        boolean verified = passwords.verify(password, hash);
        if (djangoHashesRemain && passwords.isDjango(hash)) {
            passwords.verifyAgainstNobody(password);
        } else if (djangoHashesRemain) {
            passwords.spendDjangoVerification(password);
        }
        if (!verified) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (passwords.needsUpgrade(hash)) {
            // As Django upgrades hashers: the password is known now, so it is stored the current way.
            user.changePassword(passwords.hash(password), now);
        }
        user.recordLogin(now);
        return Optional.of(issue(user, UUID.randomUUID(), now));
    }

    @Transactional
    public Optional<TokenPair> refresh(String rawToken) {
        String hash = sha256(rawToken);
        Instant now = Instant.now();
        int claimed = em.createQuery(
                        """
                        UPDATE RefreshToken t SET t.usedAt = :now
                        WHERE t.tokenHash = :hash AND t.usedAt IS NULL AND t.revokedAt IS NULL AND t.expiresAt > :now""")
                .setParameter("now", now)
                .setParameter("hash", hash)
                .executeUpdate();
        Optional<RefreshToken> token = byHash(hash);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken used = token.get();
        AppUser user = used.user();
        if (claimed == 0) {
            if (used.usedAt() == null) {
                return Optional.empty(); // revoked or expired, never used
            }
            if (used.usedAt().isAfter(now.minus(REUSE_GRACE)) && used.isLive(now) && !familyRevoked(used.familyId())) {
                return user.isActive() ? Optional.of(issue(user, used.familyId(), now)) : Optional.empty();
            }
            int revoked = revokeFamily(used.familyId(), now);
            LOG.warning(
                    () -> "A used refresh token was presented again; revoked " + revoked + " token(s) of its sign-in");
            signIns.forget(user.id());
            return Optional.empty();
        }
        if (!user.isActive()) {
            return Optional.empty();
        }
        return Optional.of(issue(user, used.familyId(), now));
    }

    private boolean familyRevoked(UUID familyId) {
        return em.createQuery(
                                "SELECT count(t) FROM RefreshToken t WHERE t.familyId = :family AND t.revokedAt IS NOT NULL",
                                Long.class)
                        .setParameter("family", familyId)
                        .getSingleResult()
                > 0;
    }

    /**
     * Sign-out: ends the sign-in this refresh token belongs to (used or not), so neither its refresh tokens nor its
     * access tokens work any more. Says nothing of whether the token was known, as a revocation endpoint should not.
     */
    @Transactional
    public void revoke(String rawToken) {
        byHash(sha256(rawToken)).ifPresent(token -> {
            revokeFamily(token.familyId(), Instant.now());
            signIns.forget(token.user().id());
        });
    }

    /** The stored token with this hash, whatever its state, with its user. */
    private Optional<RefreshToken> byHash(String hash) {
        return em.createQuery(
                        "SELECT t FROM RefreshToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    private int revokeFamily(UUID familyId, Instant now) {
        return em.createQuery(
                        "UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.familyId = :family AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("family", familyId)
                .executeUpdate();
    }

    private TokenPair issue(AppUser user, UUID familyId, Instant now) {
        byte[] bytes = new byte[REFRESH_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new RefreshToken(user, sha256(refresh), familyId, now.plus(settings.refreshTokenLifetime()), now));
        String access =
                accessTokens.issue(user.id(), user.username(), user.role().grantedRoles(), familyId);
        return new TokenPair(access, refresh, accessTokens.lifetime().toSeconds());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
