-- A number that moves, in the same commit, with every write that can change what a catalog read answers
-- from the catalog's own tables: which products a list filter matches (search, name, brand, price, stock,
-- flags, creation date, activity, category) and the category tree (any category or alias write; its product
-- counts move with the product writes above). The application keeps such answers (filtered list counts,
-- category lists and the tree) with the generation they were read at, and reads again only when it has
-- moved: exact whoever writes (any node, the importer, psql), with no cache bus. View counts, click counts
-- and scores that flip no flag are not among these columns, so the view-count flush and the score refresh
-- leave it alone.
CREATE TABLE catalog_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    generation bigint  NOT NULL
);
INSERT INTO catalog_generation (singleton, generation) VALUES (true, 1);

-- Row triggers deferred to the commit: the counter row is locked only while the transaction commits (never
-- between two statements of it, so writers touching the same products cannot deadlock on it), and bumped
-- once a transaction however many rows it writes.
CREATE FUNCTION catalog_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('niasotac.catalog_generation_bumped', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('niasotac.catalog_generation_bumped', 'on', true);
        UPDATE catalog_generation SET generation = generation + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER catalog_generation_on_product_insert_delete AFTER INSERT OR DELETE ON product
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_generation_bump();
CREATE CONSTRAINT TRIGGER catalog_generation_on_product_update AFTER UPDATE ON product
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text
          OR OLD.name IS DISTINCT FROM NEW.name
          OR OLD.brand IS DISTINCT FROM NEW.brand
          OR OLD.price IS DISTINCT FROM NEW.price
          OR OLD.category_id IS DISTINCT FROM NEW.category_id
          OR OLD.is_active IS DISTINCT FROM NEW.is_active
          OR OLD.in_stock IS DISTINCT FROM NEW.in_stock
          OR OLD.stock_quantity IS DISTINCT FROM NEW.stock_quantity
          OR OLD.is_featured IS DISTINCT FROM NEW.is_featured
          OR OLD.is_recommended IS DISTINCT FROM NEW.is_recommended
          OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION catalog_generation_bump();
CREATE TRIGGER catalog_generation_on_product_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump();

CREATE CONSTRAINT TRIGGER catalog_generation_on_category AFTER INSERT OR UPDATE OR DELETE ON category
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_generation_bump();
CREATE TRIGGER catalog_generation_on_category_truncate AFTER TRUNCATE ON category
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump();
CREATE CONSTRAINT TRIGGER catalog_generation_on_category_alias AFTER INSERT OR UPDATE OR DELETE ON category_alias
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_generation_bump();
CREATE TRIGGER catalog_generation_on_category_alias_truncate AFTER TRUNCATE ON category_alias
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_generation_bump();
