package com.niasotac.platform.persistence;

import com.niasotac.platform.config.EnvironmentSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver's data source, configured from {@code DATABASE_URL} (or {@code DATABASE_URL_FILE})
 * the first time the pool asks for a connection. It lives in the server module com.niasotac.postgresql
 * (see server-config), outside the deployment, so it reads the process environment directly.
 */
public class DatabaseUrlDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;
    private static final String DATABASE_URL = "DATABASE_URL";

    private volatile boolean configured;

    /** The pool passes empty credentials; the real ones always come from DATABASE_URL. */
    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        configure();
        return super.getConnection(getUser(), getPassword());
    }

    private synchronized void configure() throws SQLException {
        if (configured) {
            return;
        }
        String raw = EnvironmentSource.ofProcess()
                .get(DATABASE_URL)
                .orElseThrow(() -> new SQLException(DATABASE_URL + " is not set", "08001"));
        try {
            DatabaseUrl.parse(raw).configure(this);
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), "08001");
        }
        configured = true;
    }
}
