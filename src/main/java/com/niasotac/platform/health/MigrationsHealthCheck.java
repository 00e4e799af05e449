package com.niasotac.platform.health;

import com.niasotac.platform.persistence.ApplicationDataSource;
import com.niasotac.platform.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database's schema is the version this build migrated to, with no failed migration
 * (another node running an older or newer build, or a hand-made change, shows up here).
 */
@Readiness
@ApplicationScoped
public class MigrationsHealthCheck implements HealthCheck {

    private static final String CURRENT_VERSION_SQL =
            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";
    private static final String FAILED_COUNT_SQL = "SELECT count(*) FROM flyway_schema_history WHERE NOT success";

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        String expected = migrations.expectedVersion().orElse("none");
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("migrations").withData("expected_version", expected);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(DatabaseHealthCheck.QUERY_TIMEOUT_SECONDS);
            String current = single(statement, CURRENT_VERSION_SQL);
            long failed = Long.parseLong(single(statement, FAILED_COUNT_SQL));
            response.withData("schema_version", current == null ? "none" : current)
                    .withData("failed_migrations", failed);
            return response.status(expected.equals(current) && failed == 0).build();
        } catch (SQLException e) {
            return response.down().withData("error", "unreachable").build();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
