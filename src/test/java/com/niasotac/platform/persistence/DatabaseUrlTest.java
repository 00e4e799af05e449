package com.niasotac.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void parsesEveryPartAndDecodesCredentials() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgresql://shop%20user:p%40ss%2Fw+rd%3A@db.example.com:6543/niasotac?sslmode=verify-full");

        assertThat(url)
                .isEqualTo(
                        new DatabaseUrl("db.example.com", 6543, "niasotac", "shop user", "p@ss/w+rd:", "verify-full"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/niasotac");
    }

    @Test
    void defaultsPortAndSslMode() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@localhost/db");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.sslMode()).isEqualTo("prefer");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgres://u:topsecret@h/db").toString())
                .doesNotContain("topsecret")
                .contains("<redacted>");
    }

    @Test
    void refusesWhatIsNotAPostgresUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("not a url at all")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@h/a/b")).hasMessageContaining("names no database");
    }
}
