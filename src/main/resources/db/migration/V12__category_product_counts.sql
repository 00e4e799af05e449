-- How many products each category holds directly, kept by the database itself, so the category reads
-- (product_count over a subtree) and the catalog's unfiltered counts cost a sum over the categories instead
-- of a scan of every product. Statement-level triggers see whole statements (an import of 100,000 rows is one
-- aggregate, not 100,000 updates), and only categories whose figures really change are written, so the
-- view-count flush and the score refresh (UPDATEs that move no product) never lock a counter row.
CREATE TABLE category_product_count (
    category_id     bigint PRIMARY KEY REFERENCES category (id) ON DELETE CASCADE,
    products        bigint NOT NULL DEFAULT 0,
    active_products bigint NOT NULL DEFAULT 0
);

INSERT INTO category_product_count (category_id, products, active_products)
SELECT category_id, count(*), count(*) FILTER (WHERE is_active)
FROM product
GROUP BY category_id;

-- One product's move in or out of a category's counts.
CREATE TYPE category_product_delta AS (category_id bigint, products int, active_products int);

-- Adds a statement's net change per category; categories whose figures do not move are not written.
CREATE FUNCTION category_product_count_add(deltas category_product_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO category_product_count AS k (category_id, products, active_products)
    SELECT d.category_id, sum(d.products), sum(d.active_products)
    FROM unnest(deltas) AS d
    GROUP BY d.category_id
    HAVING sum(d.products) <> 0 OR sum(d.active_products) <> 0
    ON CONFLICT (category_id) DO UPDATE
        SET products = k.products + EXCLUDED.products,
            active_products = k.active_products + EXCLUDED.active_products
$$;

CREATE FUNCTION category_product_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Transition tables exist only for their operation, so each branch names its own.
    IF TG_OP = 'INSERT' THEN
        PERFORM category_product_count_add(ARRAY(
            SELECT ROW(category_id, 1, is_active::int)::category_product_delta FROM products_after));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM category_product_count_add(ARRAY(
            SELECT ROW(category_id, -1, -(is_active::int))::category_product_delta FROM products_before));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM category_product_count_add(ARRAY(
            SELECT ROW(category_id, -1, -(is_active::int))::category_product_delta FROM products_before
            UNION ALL
            SELECT ROW(category_id, 1, is_active::int)::category_product_delta FROM products_after));
    ELSE -- TRUNCATE
        UPDATE category_product_count SET products = 0, active_products = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER product_counted_on_insert AFTER INSERT ON product
    REFERENCING NEW TABLE AS products_after
    FOR EACH STATEMENT EXECUTE FUNCTION category_product_count_changed();
CREATE TRIGGER product_counted_on_delete AFTER DELETE ON product
    REFERENCING OLD TABLE AS products_before
    FOR EACH STATEMENT EXECUTE FUNCTION category_product_count_changed();
-- Fires for every UPDATE (a column list cannot go with transition tables); the view-count flush and the
-- score refresh move no product, so their net change is empty and writes nothing.
CREATE TRIGGER product_counted_on_update AFTER UPDATE ON product
    REFERENCING OLD TABLE AS products_before NEW TABLE AS products_after
    FOR EACH STATEMENT EXECUTE FUNCTION category_product_count_changed();
CREATE TRIGGER product_counted_on_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION category_product_count_changed();
