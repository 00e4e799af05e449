-- The shop's product page shows a "Caractéristiques" block: multi-line technical specifications,
-- edited by staff and searched like the description. The folded search column is generated, so it is
-- rebuilt to take the new column in (a generated expression cannot be altered in place).
ALTER TABLE product ADD COLUMN characteristics text;

DROP INDEX product_search_trgm_idx;
ALTER TABLE product DROP COLUMN search_text;
ALTER TABLE product ADD COLUMN search_text text GENERATED ALWAYS AS (niasotac_fold(
    name || ' ' || coalesce(brand, '') || ' ' || sku || ' ' || coalesce(barcode, '') || ' ' ||
    coalesce(description, '') || ' ' || coalesce(characteristics, ''))) STORED;
CREATE INDEX product_search_trgm_idx ON product USING gin (search_text gin_trgm_ops);

-- A service's image may be uploaded (stored like product images, under this key) instead of being an
-- external URL; an uploaded image wins over image_url.
ALTER TABLE site_service ADD COLUMN image_key varchar(300) UNIQUE;
