package com.niasotac.auth.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.auth.domain.AppUser;
import com.niasotac.auth.domain.PasswordPolicy;
import com.niasotac.auth.domain.Role;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** User accounts: lookup, creation and changes by an admin. */
@ApplicationScoped
public class UserService {

    /** Public ordering names mapped to entity attributes: the allow-list of {@code ordering}. */
    public static final Map<String, String> ORDERING_FIELDS =
            Map.of("username", "username", "created_at", "createdAt", "last_login_at", "lastLoginAt", "role", "role");

    public static final Ordering DEFAULT_ORDERING = new Ordering("username", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    SignIns signIns;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "user";

    /**
     * An account as the history records it. The password is never written: a change shows as a masked value
     * on both sides ({@code password} is one of the history's secret names), no change as nothing.
     */
    public record Audited(String username, String role, boolean isActive, String password) {

        static Audited of(AppUser user, String passwordMarker) {
            return new Audited(user.username(), user.role().label(), user.isActive(), passwordMarker);
        }
    }

    public record UserList(long count, List<UserResponse> results) {}

    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE lower(u.username) = :name", AppUser.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** Whether an account still has a password hash imported from Django (see TokenService.obtain). */
    public boolean djangoPasswordHashesRemain() {
        return !em.createQuery("SELECT u.id FROM AppUser u WHERE u.passwordHash LIKE 'pbkdf2_sha256$%'")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public UserResponse get(long id) {
        return UserResponse.of(find(id));
    }

    @Transactional
    public UserList list(PageRequest page, String search, Ordering ordering) {
        String where = search == null || search.isBlank() ? "" : " WHERE lower(u.username) LIKE :search ESCAPE '\\'";
        TypedQuery<Long> count = em.createQuery("SELECT count(u) FROM AppUser u" + where, Long.class);
        TypedQuery<AppUser> rows = em.createQuery(
                        "SELECT u FROM AppUser u" + where + " ORDER BY " + ordering.jpql("u") + ", u.id ASC",
                        AppUser.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.pageSize());
        if (!where.isEmpty()) {
            String pattern = Like.contains(search.strip().toLowerCase(Locale.ROOT));
            count.setParameter("search", pattern);
            rows.setParameter("search", pattern);
        }
        return new UserList(
                count.getSingleResult(),
                rows.getResultStream().map(UserResponse::of).toList());
    }

    @Transactional
    public UserResponse create(CreateUserRequest request) {
        PasswordPolicy.problem(request.password(), request.username()).ifPresent(problem -> {
            throw RuleViolation.field("password", problem);
        });
        if (findByUsername(request.username()).isPresent()) {
            throw Conflict.on("username", "A user with this username already exists.");
        }
        Role role = Role.parse(request.role()).orElseThrow();
        AppUser user = new AppUser(request.username(), passwords.hash(request.password()), role, Instant.now());
        em.persist(user);
        em.flush(); // a concurrent twin fails here on the unique index, inside this request
        audit.created(AUDIT_ENTITY, user.id(), user.username(), Audited.of(user, "set"));
        return UserResponse.of(user);
    }

    @Transactional
    public UserResponse update(long id, UpdateUserRequest request, long actingUserId) {
        AppUser user = find(id);
        Audited before = Audited.of(user, request.password() == null ? null : "before");
        Instant now = Instant.now();
        if (id == actingUserId && (Boolean.FALSE.equals(request.isActive()) || "staff".equals(request.role()))) {
            throw RuleViolation.field(
                    request.isActive() != null ? "is_active" : "role",
                    "you cannot deactivate or demote your own account");
        }
        if (request.role() != null) {
            user.changeRole(Role.parse(request.role()).orElseThrow(), now);
        }
        if (request.isActive() != null) {
            user.changeActive(request.isActive(), now);
        }
        if (request.password() != null) {
            PasswordPolicy.problem(request.password(), user.username()).ifPresent(problem -> {
                throw RuleViolation.field("password", problem);
            });
            user.changePassword(passwords.hash(request.password()), now);
        }
        if (Boolean.FALSE.equals(request.isActive()) || request.password() != null) {
            revokeRefreshTokens(user, now); // a disabled account or a changed password ends every session
        }
        signIns.forget(user.id()); // this node at once; the others within SignIns.FRESHNESS
        audit.updated(
                AUDIT_ENTITY,
                user.id(),
                user.username(),
                before,
                Audited.of(user, request.password() == null ? null : "after"));
        return UserResponse.of(user);
    }

    private void revokeRefreshTokens(AppUser user, Instant now) {
        em.createQuery("UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.user = :user AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("user", user)
                .executeUpdate();
    }

    private AppUser find(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw NotFound.of("User");
        }
        return user;
    }
}
