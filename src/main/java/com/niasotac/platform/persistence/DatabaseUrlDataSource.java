package com.niasotac.platform.persistence;

import com.niasotac.platform.config.SettingsValidator;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver's data source, configured from {@code DATABASE_URL} (or {@code DATABASE_URL_FILE})
 * the first time the pool asks for a connection. WildFly pools it (see {@link ApplicationDataSource}).
 */
public class DatabaseUrlDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

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
        String raw = ConfigProvider.getConfig(DatabaseUrlDataSource.class.getClassLoader())
                .getOptionalValue(SettingsValidator.DATABASE_URL, String.class)
                .orElseThrow(() -> new SQLException(SettingsValidator.DATABASE_URL + " is not set", "08001"));
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), "08001");
        }
        url.configure(this);
        configured = true;
    }
}
