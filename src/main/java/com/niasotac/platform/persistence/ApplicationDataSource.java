package com.niasotac.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one database, defined by the application itself so that {@code DATABASE_URL} is the
 * only thing an environment has to provide: no server-side datasource to configure.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "com.niasotac.platform.persistence.DatabaseUrlDataSource",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 40,
        transactional = true,
        // IronJacamar uses a DataSource class only when at least one property is set; this one is harmless.
        properties = {"applicationName=niasotac-api"})
public final class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/niasotac";

    private ApplicationDataSource() {}
}
