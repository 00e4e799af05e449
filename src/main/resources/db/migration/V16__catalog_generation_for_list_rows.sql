-- Public product list pages are now kept with the catalog generation too (rows, not only counts), so the
-- generation also moves with the other columns a public list shows (slug, compare-at price, short description)
-- and with any write to product images or their variants (a list shows the primary image and its thumbnail).
-- The view and click counters and the scores stay out: the view-count flush and the score refresh still leave
-- the generation alone, and lists ordered by those counters are not kept.
DROP TRIGGER catalog_generation_on_product_update ON product;
CREATE CONSTRAINT TRIGGER catalog_generation_on_product_update AFTER UPDATE ON product
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text
          OR OLD.name IS DISTINCT FROM NEW.name
          OR OLD.slug IS DISTINCT FROM NEW.slug
          OR OLD.brand IS DISTINCT FROM NEW.brand
          OR OLD.price IS DISTINCT FROM NEW.price
          OR OLD.compare_at_price IS DISTINCT FROM NEW.compare_at_price
          OR OLD.short_description IS DISTINCT FROM NEW.short_description
          OR OLD.category_id IS DISTINCT FROM NEW.category_id
          OR OLD.is_active IS DISTINCT FROM NEW.is_active
          OR OLD.in_stock IS DISTINCT FROM NEW.in_stock
          OR OLD.stock_quantity IS DISTINCT FROM NEW.stock_quantity
          OR OLD.is_featured IS DISTINCT FROM NEW.is_featured
          OR OLD.is_recommended IS DISTINCT FROM NEW.is_recommended
          OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION catalog_generation_bump();

CREATE CONSTRAINT TRIGGER catalog_generation_on_product_image AFTER INSERT OR UPDATE OR DELETE ON product_image
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_generation_bump();
CREATE TRIGGER catalog_generation_on_product_image_truncate AFTER TRUNCATE ON product_image
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump();
CREATE CONSTRAINT TRIGGER catalog_generation_on_product_image_variant
    AFTER INSERT OR UPDATE OR DELETE ON product_image_variant
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_generation_bump();
CREATE TRIGGER catalog_generation_on_product_image_variant_truncate AFTER TRUNCATE ON product_image_variant
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump();
