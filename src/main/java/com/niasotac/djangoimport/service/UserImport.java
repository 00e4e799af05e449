package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceDatabase;
import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Django's staff accounts ({@code auth_user} with is_staff or is_superuser): superusers become admins, the others
 * staff; inactive stays inactive. The password hash is kept as Django wrote it (sign-in verifies it and re-hashes
 * with bcrypt). Other Django accounts have no use here and are left out; e-mail and names have no column here.
 */
final class UserImport implements EntityImport<UserImport.DjangoUser, UserImport.Values> {

    static final String ENTITY = "users";
    private static final String DJANGO_HASH = "pbkdf2_sha256$";
    private static final String STAFF = "(is_staff OR is_superuser)";

    record DjangoUser(
            long id,
            String username,
            String password,
            boolean superuser,
            boolean active,
            Instant joined,
            Instant lastLogin) {}

    record Values(
            String username, String passwordHash, String role, boolean active, Instant joined, Instant lastLogin) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return "SELECT id, username, password, is_superuser, is_active, date_joined, last_login FROM auth_user WHERE "
                + STAFF + " ORDER BY id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM auth_user WHERE " + STAFF + " ORDER BY id";
    }

    @Override
    public Optional<String> sourceNote(SourceDatabase source) throws SQLException {
        long others = source.count("SELECT id FROM auth_user WHERE NOT " + STAFF);
        return others == 0
                ? Optional.empty()
                : Optional.of(others + " Django account(s) without staff status are not imported (by design)");
    }

    @Override
    public DjangoUser read(SourceRow row) throws SQLException {
        return new DjangoUser(
                row.id("id"),
                row.text("username"),
                row.text("password"),
                row.bool("is_superuser"),
                row.bool("is_active"),
                row.instant("date_joined"),
                row.instant("last_login"));
    }

    @Override
    public long oldId(DjangoUser row) {
        return row.id();
    }

    @Override
    public String describe(DjangoUser row) {
        return row.username();
    }

    @Override
    public Plan<Values> plan(DjangoUser row, ImportContext context) {
        if (!row.password().startsWith(DJANGO_HASH) || row.password().length() > 100) {
            String kind = row.password().startsWith("!")
                    ? "has no usable password in Django"
                    : "has a password hash of a kind sign-in does not verify ("
                            + row.password().split("\\$", 2)[0] + ")";
            return Plan.refuse(kind + ": create it with server-config/create-admin.sh or through /api/v1/users");
        }
        if (row.username().length() > 150) {
            return Plan.refuse("the username is longer than 150 characters");
        }
        return Plan.write(new Values(
                row.username(),
                row.password(),
                row.superuser() ? "admin" : "staff",
                row.active(),
                row.joined(),
                row.lastLogin()));
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        return Sql.insert(
                tx.connection(),
                """
                INSERT INTO app_user (username, password_hash, role, is_active, last_login_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, now()) RETURNING id""",
                v.username(),
                v.passwordHash(),
                v.role(),
                v.active(),
                v.lastLogin(),
                v.joined());
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        // Sessions end when Django changed the role or deactivated the account.
        Sql.update(
                tx.connection(),
                """
                UPDATE refresh_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL
                  AND EXISTS (SELECT 1 FROM app_user WHERE id = ? AND (role <> ? OR is_active <> ?))""",
                newId,
                newId,
                v.role(),
                v.active());
        // Once its owner has signed in here (the hash became bcrypt), the password belongs to this application.
        return Sql.update(
                        tx.connection(),
                        """
                        UPDATE app_user SET username = ?, role = ?, is_active = ?, last_login_at = ?, created_at = ?,
                            password_hash = CASE WHEN password_hash LIKE 'pbkdf2_sha256$%' THEN ? ELSE password_hash END,
                            updated_at = now()
                        WHERE id = ?""",
                        v.username(),
                        v.role(),
                        v.active(),
                        v.lastLogin(),
                        v.joined(),
                        v.passwordHash(),
                        newId)
                == 1;
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        Sql.update(tx.connection(), "DELETE FROM app_user WHERE id = ?", newId);
    }
}
