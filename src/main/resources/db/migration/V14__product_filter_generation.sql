-- A number that moves, in the same commit, with every write that can change which products a list filter
-- matches (search, name, brand, price, stock, flags, creation date, activity, category or its path). The
-- application keeps the count of a filtered list with the generation it was counted at, and counts again
-- only when the generation has moved: exact whoever writes (any node, the importer, psql), with no cache
-- bus. View counts, click counts and scores that flip no flag are not filter columns, so the view-count
-- flush and the score refresh leave it alone.
CREATE TABLE product_filter_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    generation bigint  NOT NULL
);
INSERT INTO product_filter_generation (singleton, generation) VALUES (true, 1);

-- Row triggers deferred to the commit: the counter row is locked only while the transaction commits (never
-- between two statements of it, so writers touching the same products cannot deadlock on it), and bumped
-- once a transaction however many rows it writes.
CREATE FUNCTION product_filter_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('niasotac.filter_generation_bumped', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('niasotac.filter_generation_bumped', 'on', true);
        UPDATE product_filter_generation SET generation = generation + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER product_filter_generation_on_insert_delete AFTER INSERT OR DELETE ON product
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION product_filter_generation_bump();
CREATE CONSTRAINT TRIGGER product_filter_generation_on_update AFTER UPDATE ON product
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
    EXECUTE FUNCTION product_filter_generation_bump();
CREATE TRIGGER product_filter_generation_on_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION product_filter_generation_bump();
-- A category filter matches a subtree by path: moving a category moves its products between lists.
CREATE CONSTRAINT TRIGGER category_filter_generation_on_move AFTER UPDATE ON category
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.path IS DISTINCT FROM NEW.path)
    EXECUTE FUNCTION product_filter_generation_bump();
