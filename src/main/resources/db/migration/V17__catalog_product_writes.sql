-- A second number beside the catalog generation, moved in the same commit as any write to any product row,
-- the view-count flush, WhatsApp clicks and the score refresh included. Reads that show or order by those
-- counters (staff product lists, public lists ordered or filtered by views, clicks or score) are kept with both
-- numbers and read again when either has moved: exact like the others, and still cheap while nobody writes.
ALTER TABLE catalog_generation ADD COLUMN product_writes bigint NOT NULL DEFAULT 1;

-- Deferred to the commit and once a transaction, as catalog_generation_bump (V14) is, for the same reasons.
CREATE FUNCTION catalog_product_writes_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('niasotac.catalog_product_writes_bumped', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('niasotac.catalog_product_writes_bumped', 'on', true);
        UPDATE catalog_generation SET product_writes = product_writes + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER catalog_product_writes_on_product AFTER INSERT OR UPDATE OR DELETE ON product
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION catalog_product_writes_bump();
CREATE TRIGGER catalog_product_writes_on_product_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_product_writes_bump();
