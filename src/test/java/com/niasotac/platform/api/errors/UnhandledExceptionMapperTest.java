package com.niasotac.platform.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnhandledExceptionMapperTest {

    @Test
    void aLostOrEndedDatabaseConnectionIsAnOutageNotAnInternalError() {
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped("08006")))
                .isTrue();
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped("57P01")))
                .isTrue(); // admin shutdown
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped("57P03")))
                .isTrue(); // starting up
    }

    @Test
    void otherDatabaseErrorsAreInternalErrors() {
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped("57014")))
                .isFalse(); // statement timeout
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped("42P01")))
                .isFalse();
        assertThat(UnhandledExceptionMapper.databaseUnreachable(wrapped(null))).isFalse();
        assertThat(UnhandledExceptionMapper.databaseUnreachable(new IllegalStateException("no SQL")))
                .isFalse();
    }

    private static Throwable wrapped(String sqlState) {
        return new PersistenceException("JDBC exception", new SQLException("from the driver", sqlState));
    }
}
