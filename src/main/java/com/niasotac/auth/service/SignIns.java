package com.niasotac.auth.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.auth.domain.Role;
import com.niasotac.platform.persistence.NamedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a valid access token speaks for now: the stored account, if it is still active and the sign-in that
 * issued the token still stands (its refresh tokens not revoked, by reuse, a password change or a deactivation),
 * with the role it has now. Read per request, and kept per node for at most {@link #FRESHNESS}: an account
 * change takes effect within that on every node, at once on the node that made it.
 */
@ApplicationScoped
public class SignIns {

    static final Duration FRESHNESS = Duration.ofSeconds(1);

    private record Key(long userId, UUID signIn) {}

    private final Cache<Key, Optional<AuthenticatedUser>> current = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(10_000)
            .build();

    @PersistenceContext
    EntityManager em;

    public Optional<AuthenticatedUser> current(AccessTokens.Claims claims) {
        return current.get(new Key(claims.userId(), claims.signIn()), this::load);
    }

    /** Drops what this node knows of the user's sign-ins, after a change to the account or a revocation. */
    public void forget(long userId) {
        current.asMap().keySet().removeIf(key -> key.userId() == userId);
    }

    private Optional<AuthenticatedUser> load(Key key) {
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT u.username, u.role FROM app_user u
                        WHERE u.id = ?1 AND u.is_active
                          AND NOT EXISTS (SELECT 1 FROM refresh_token t
                                          WHERE t.family_id = ?2 AND t.revoked_at IS NOT NULL)""")
                .setParameter(1, key.userId())
                .setParameter(2, key.signIn()));
        return rows.stream().findFirst().flatMap(row -> Role.parse(row.string("role"))
                .map(role -> new AuthenticatedUser(key.userId(), row.string("username"), role.grantedRoles())));
    }
}
