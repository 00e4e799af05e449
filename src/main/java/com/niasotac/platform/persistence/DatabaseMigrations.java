package com.niasotac.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application deploys, after the configuration check and before
 * anything else touches the database. A failed migration fails the deployment.
 */
@Startup
@Singleton
@DependsOn("ConfigurationCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String expectedVersion;

    @PostConstruct
    void migrate() {
        var flyway = Migrations.flyway(dataSource);
        MigrateResult result = flyway.migrate();
        expectedVersion = Optional.ofNullable(flyway.info().current())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .orElse(null);
        LOG.info(() -> "Database schema at version %s (%d migration(s) applied now)"
                .formatted(expectedVersion, result.migrationsExecuted));
    }

    /** The schema version this build of the application expects, as recorded at deployment. */
    public Optional<String> expectedVersion() {
        return Optional.ofNullable(expectedVersion);
    }
}
