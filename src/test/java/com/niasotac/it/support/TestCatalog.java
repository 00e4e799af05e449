package com.niasotac.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Catalog rows written straight into the tests' database, for tests that need many of them quickly. */
public final class TestCatalog {

    private TestCatalog() {}

    public record Category(long id, String slug) {}

    public static Category category(String name) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
        try (Connection c = TestDatabase.connection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO category (name, slug, path, full_path) VALUES (?, ?, '/', ?) RETURNING id")) {
            insert.setString(1, name);
            insert.setString(2, slug);
            insert.setString(3, name);
            long id;
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            try (PreparedStatement path = c.prepareStatement("UPDATE category SET path = ? WHERE id = ?")) {
                path.setString(1, "/" + id + "/");
                path.setLong(2, id);
                path.executeUpdate();
            }
            return new Category(id, slug);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} active, in-stock products in the category, each with a primary image row. */
    public static void products(Category category, int count) {
        try (Connection c = TestDatabase.connection();
                PreparedStatement products = c.prepareStatement(
                        """
                        INSERT INTO product (name, slug, sku, brand, category_id, price, compare_at_price, stock_quantity)
                        SELECT 'Produit ' || n, ? || '-' || n, ? || '-' || n, 'Marque', ?, 10000 + n, 12000 + n, 5
                        FROM generate_series(1, ?) AS n""");
                PreparedStatement images = c.prepareStatement(
                        """
                        INSERT INTO product_image (product_id, storage_key, content_type, size_bytes, width, height, is_primary)
                        SELECT id, 'products/' || id || '/fixture.png', 'image/png', 1, 300, 300, true
                        FROM product WHERE category_id = ?""")) {
            String prefix = category.slug();
            products.setString(1, prefix);
            products.setString(2, prefix.toUpperCase());
            products.setLong(3, category.id());
            products.setInt(4, count);
            products.executeUpdate();
            images.setLong(1, category.id());
            images.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The category and its products (their images and counters go with them). */
    public static void delete(Category doomed) {
        TestDatabase.count(
                "WITH d AS (DELETE FROM product WHERE category_id = ? RETURNING 1) SELECT count(*) FROM d",
                doomed.id());
        TestDatabase.count(
                "WITH d AS (DELETE FROM category WHERE id = ? RETURNING 1) SELECT count(*) FROM d", doomed.id());
    }
}
