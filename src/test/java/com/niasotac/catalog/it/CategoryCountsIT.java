package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-category product counts the database keeps (category_product_count, by triggers) stay equal to
 * counting the products, whatever writes them: the API, or SQL straight to the table as the importer does.
 */
@ExtendWith(ArquillianExtension.class)
class CategoryCountsIT {

    /** Categories whose kept counts differ from a count of their products. */
    private static final String WRONG_COUNTS =
            """
            SELECT count(*) FROM category c LEFT JOIN category_product_count k ON k.category_id = c.id
            WHERE coalesce(k.products, 0) <> (SELECT count(*) FROM product p WHERE p.category_id = c.id)
               OR coalesce(k.active_products, 0)
                  <> (SELECT count(*) FROM product p WHERE p.category_id = c.id AND p.is_active)""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void sqlWritesOfEveryKindKeepTheCountsExact() throws SQLException {
        TestCatalog.Category from = TestCatalog.category("Comptes A");
        TestCatalog.Category to = TestCatalog.category("Comptes B");
        TestCatalog.products(from, 6);
        assertThat(TestDatabase.count(WRONG_COUNTS)).isZero();

        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            try {
                TestDatabase.update(
                        c,
                        "UPDATE product SET category_id = ? WHERE slug IN (?, ?)",
                        to.id(),
                        from.slug() + "-1",
                        from.slug() + "-2");
                TestDatabase.update(
                        c,
                        "UPDATE product SET is_active = false WHERE slug IN (?, ?)",
                        from.slug() + "-2",
                        from.slug() + "-3");
                TestDatabase.update(
                        c, "UPDATE product SET view_count = view_count + 1 WHERE category_id = ?", from.id());
                TestDatabase.update(c, "DELETE FROM product WHERE slug = ?", from.slug() + "-4");
                assertThat(count(c, WRONG_COUNTS)).isZero();
                assertThat(count(
                                c, "SELECT active_products FROM category_product_count WHERE category_id = ?", to.id()))
                        .isEqualTo(1); // moved: -1 (active) and -2 (then deactivated)
                assertThat(count(c, "SELECT products FROM category_product_count WHERE category_id = ?", from.id()))
                        .isEqualTo(3);
            } finally {
                c.rollback();
            }
        }
        assertThat(TestDatabase.count(WRONG_COUNTS)).isZero();
        assertThat(TestDatabase.count("SELECT products FROM category_product_count WHERE category_id = ?", from.id()))
                .isEqualTo(6);
    }

    @Test
    void listsAndCategoriesCountWhatTheyShowAfterApiWrites() {
        TestCatalog.Category shelf = TestCatalog.category("Comptes API");
        TestCatalog.products(shelf, 4);
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("counts-staff", "staff", true)));

        assertThat(Api.patch("/api/v1/products/" + shelf.slug() + "-1", Json.object("is_active", false), staff)
                        .status())
                .isEqualTo(200);
        assertThat(Api.send("DELETE", "/api/v1/products/" + shelf.slug() + "-2", null, staff)
                        .status())
                .isEqualTo(200);

        String list = "/api/v1/products?category_slug=" + shelf.slug();
        assertThat(Api.get(list).data().getInt("count")).isEqualTo(2);
        assertThat(Api.get(list, staff).data().getInt("count")).isEqualTo(3);
        assertThat(Api.get(list + "&is_active=false", staff).data().getInt("count"))
                .isEqualTo(1);
        assertThat(Api.get(list + "&is_active=true", staff).data().getInt("count"))
                .isEqualTo(2);
        assertThat(Api.get("/api/v1/categories/" + shelf.slug()).data().getInt("product_count"))
                .isEqualTo(2);
        assertThat(Api.get("/api/v1/products").data().getInt("count"))
                .isEqualTo((int) TestDatabase.count("SELECT count(*) FROM product WHERE is_active"));
        assertThat(TestDatabase.count(WRONG_COUNTS)).isZero();
    }

    private static long count(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
