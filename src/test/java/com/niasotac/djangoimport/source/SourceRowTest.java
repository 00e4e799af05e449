package com.niasotac.djangoimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Django's SQLite values as the importer reads them: decimals exact even when SQLite kept a REAL. */
class SourceRowTest {

    @Test
    void readsDecimalsStoredAsRealThroughTheirTextAndDjangoTimestampsAsUtc() throws Exception {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement statement = sqlite.createStatement()) {
            statement.execute("CREATE TABLE p (price decimal, cost decimal, at datetime, at_micro datetime, ids text)");
            // what Django writes: REAL for a price with cents, INTEGER without; UTC text without an offset
            statement.execute("INSERT INTO p VALUES (12500.5, 845000, '2026-11-20 09:00:01',"
                    + " '2026-11-27 20:47:21.395374', '3,1,2,3')");
            statement.execute("INSERT INTO p VALUES (0.1 + 0.2, NULL, NULL, NULL, NULL)");
            try (ResultSet rows = statement.executeQuery("SELECT * FROM p ORDER BY rowid")) {
                SourceRow row = new SourceRow(rows, Dialect.SQLITE);
                rows.next();
                assertThat(row.decimal("price"))
                        .isEqualByComparingTo("12500.50")
                        .hasToString("12500.50");
                assertThat(row.decimal("cost")).hasToString("845000.00");
                assertThat(row.instant("at")).isEqualTo(Instant.parse("2026-11-20T09:00:01Z"));
                assertThat(row.instant("at_micro")).isEqualTo(Instant.parse("2026-11-27T20:47:21.395374Z"));
                assertThat(row.ids("ids")).containsExactly(1L, 2L, 3L);
                rows.next();
                assertThat(row.decimal("price")).isEqualTo(new BigDecimal("0.30"));
                assertThat(row.decimal("cost")).isNull();
                assertThat(row.instant("at")).isNull();
                assertThat(row.ids("ids")).isEmpty();
            }
        }
    }

    @Test
    void sourceUrlsSayWhatIsWrongWithThem() {
        assertThat(SourceUrl.parse("sqlite:///srv/old/db.sqlite3"))
                .isEqualTo(new SourceUrl.Sqlite(java.nio.file.Path.of("/srv/old/db.sqlite3")));
        assertThat(SourceUrl.parse("postgres://django:s%40cret@db:5433/shop").describe())
                .isEqualTo("postgres://django:<redacted>@db:5433/shop?sslmode=prefer");
        assertMessage("sqlite://relative/db.sqlite3", "absolute file");
        assertMessage("postgres://db/shop", "--source names no user");
        assertMessage("mysql://x@y/z", "--source must be");
    }

    private static void assertMessage(String url, String message) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SourceUrl.parse(url))
                .withMessageContaining(message);
    }
}
