package com.niasotac.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one Flyway configuration, shared by the deployment and the operator commands. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load();
    }
}
