package com.niasotac.platform.health;

import com.niasotac.platform.persistence.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers a trivial query within a couple of seconds. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final int QUERY_TIMEOUT_SECONDS = 2;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return HealthCheckResponse.named("database")
                    .up()
                    .withData("response_ms", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (SQLException e) {
            // The SQL state says what kind of failure it was without exposing hosts or credentials.
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", "unreachable")
                    .withData("sql_state", String.valueOf(e.getSQLState()))
                    .build();
        }
    }
}
