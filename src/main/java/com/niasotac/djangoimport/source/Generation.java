package com.niasotac.djangoimport.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two schema generations of the Django original, told apart by the migrations of its {@code showcase} app
 * that {@code django_migrations} lists. Anything else is refused: the importer only reads schemas it knows.
 */
public enum Generation {
    /** cakpo-corneille/niasotac-back: products with in_stock, stock_quantity and description; service image files. */
    ORIGINAL(true, "0001_initial"),
    /** cakpo-corneille/niasotac: is_in_stock (no quantity) and characteristics; service images are URLs. */
    LATER(
            false,
            "0001_initial",
            "0002_remove_product_in_stock_and_more",
            "0003_alter_sitesettings_options_service_image_url",
            "0004_remove_service_image_url_alter_service_image",
            "0005_remove_product_description_product_characteristics");

    /** Products have stock_quantity and description (else characteristics), services an image file (else a URL). */
    public final boolean original;

    private final List<String> migrations;

    Generation(boolean original, String... migrations) {
        this.original = original;
        this.migrations = List.of(migrations);
    }

    public static Generation detect(Connection source) throws SourceException {
        List<String> applied = new ArrayList<>();
        try (Statement statement = source.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM django_migrations WHERE app = 'showcase' ORDER BY name")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new SourceException(
                    "The source is not a Django database: it has no readable django_migrations table (" + e.getMessage()
                            + ")",
                    e);
        }
        if (applied.isEmpty()) {
            throw new SourceException("The source is a Django database but not NIASOTAC's: no migration of its"
                    + " 'showcase' app was ever applied.");
        }
        return Arrays.stream(values())
                .filter(generation -> generation.migrations.equals(applied))
                .findFirst()
                .orElseThrow(() -> new SourceException("The source's showcase migrations " + applied
                        + " are not a schema this importer reads; it knows " + ORIGINAL.migrations + " and "
                        + LATER.migrations + ". Bring the Django installation to one of them first."));
    }

    public String label() {
        return original ? "original (in_stock, stock_quantity, description)" : "later (is_in_stock, characteristics)";
    }
}
