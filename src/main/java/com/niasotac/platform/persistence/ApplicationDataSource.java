package com.niasotac.platform.persistence;

/**
 * The application's one database: a pooled JTA datasource that the server configuration defines
 * (server-config/server.cli) with validation and an exception sorter, so the pool heals after a database
 * restart. Its connections come from {@link DatabaseUrlDataSource}, configured by {@code DATABASE_URL}.
 */
public final class ApplicationDataSource {

    public static final String JNDI_NAME = "java:jboss/datasources/niasotac";

    private ApplicationDataSource() {}
}
