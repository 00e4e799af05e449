-- :products products (10,000 unless set) over the four departments and twelve shelves, with brands, FCFA
-- prices, stock, descriptions and a primary image row each (for the benchmark: only URLs are built, no file
-- is read), and :view_rows rows of the per-day view log (product_view_day; ten days a product unless set),
-- each product's view_count their sum, as the view counter keeps it.
--   psql -f benchmarks/catalog.sql                                          # 10,000 products, 100,000 view rows
--   psql -v products=100000 -v view_rows=1000000 -f benchmarks/catalog.sql
\if :{?products}
\else
  \set products 10000
\endif
\if :{?view_rows}
\else
  \set view_rows 10 * :products
\endif
BEGIN;
INSERT INTO category (name, slug, path, full_path, level, is_main_category)
SELECT d.name, d.slug, '/', d.name, 0, true
FROM (VALUES ('Ordinateurs', 'ordinateurs'), ('Composants', 'composants'), ('Imprimantes', 'imprimantes'),
             ('Accessoires', 'accessoires')) AS d(name, slug);
UPDATE category SET path = '/' || id || '/';

INSERT INTO category (name, slug, parent_id, path, full_path, level)
SELECT s.name, s.slug, p.id, p.path, p.name || ' > ' || s.name, 1
FROM (VALUES ('ordinateurs', 'Ordinateurs portables', 'ordinateurs-portables'),
             ('ordinateurs', 'Ordinateurs de bureau', 'ordinateurs-de-bureau'), ('ordinateurs', 'Mini PC', 'mini-pc'),
             ('composants', 'Processeurs', 'processeurs'), ('composants', 'Cartes mères', 'cartes-meres'),
             ('composants', 'Mémoire RAM', 'memoire-ram'), ('imprimantes', 'Imprimantes laser', 'imprimantes-laser'),
             ('imprimantes', 'Imprimantes jet d''encre', 'imprimantes-jet-d-encre'),
             ('imprimantes', 'Imprimantes multifonctions', 'imprimantes-multifonctions'),
             ('accessoires', 'Claviers et souris', 'claviers-et-souris'),
             ('accessoires', 'Webcams et microphones', 'webcams-et-microphones'),
             ('accessoires', 'Casques audio', 'casques-audio')) AS s(parent, name, slug)
JOIN category p ON p.slug = s.parent;
UPDATE category SET path = path || id || '/' WHERE level = 1;

WITH leaves AS (SELECT id, slug, row_number() OVER (ORDER BY id) - 1 AS k FROM category WHERE level = 1),
     brands AS (SELECT ARRAY['HP', 'Dell', 'Lenovo', 'Asus', 'Acer', 'Apple', 'Canon', 'Epson', 'Brother',
                             'Logitech', 'Kingston', 'Corsair', 'Intel', 'AMD', 'MSI', 'Samsung'] AS b)
INSERT INTO product (name, slug, sku, brand, category_id, short_description, description, price, compare_at_price,
                     cost_price, stock_quantity, in_stock, view_count, whatsapp_click_count, created_at)
SELECT 'Article ' || n || ' ' || (SELECT b[1 + n % 16] FROM brands),
       'article-' || n,
       upper(left(l.slug, 3)) || '-' || lpad(n::text, length(:'products'), '0'),
       (SELECT b[1 + n % 16] FROM brands),
       l.id,
       'Modèle ' || n || ', garantie 12 mois',
       'Description détaillée du modèle ' || n || ' : caractéristiques, garantie et livraison à Cotonou.',
       5000 + (n * 7919) % 900000,
       CASE WHEN n % 5 = 0 THEN 5000 + (n * 7919) % 900000 + 25000 END,
       (5000 + (n * 7919) % 900000) * 0.7,
       n % 40,
       n % 40 > 0,
       (n * 31) % 500,
       (n * 7) % 60,
       now() - ((n % 120) || ' days')::interval
FROM generate_series(1, :products) AS n
JOIN leaves l ON l.k = n % 12;

-- Rows without files: marked so the thumbnail backfill does not spend the benchmark's CPU finding that out.
INSERT INTO product_image (product_id, storage_key, content_type, size_bytes, width, height, is_primary, variants_error)
SELECT id, 'products/' || id || '/benchmark.png', 'image/png', 1, 800, 800, true, 'benchmark row: no file'
FROM product;

-- Row k is product k modulo the catalog, on the UTC day k / catalog before today: distinct (product, day)
-- pairs, the most recent days first, every product as many days as the rows allow.
INSERT INTO product_view_day (product_id, day, views)
SELECT p.id, (now() AT TIME ZONE 'UTC')::date - ((k - 1) / :products)::int, 1 + (k * 13) % 40
FROM generate_series(1, (:view_rows)::bigint) AS k
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM product) AS p ON p.i = (k - 1) % :products;
UPDATE product SET view_count = v.views
FROM (SELECT product_id, sum(views) AS views FROM product_view_day GROUP BY product_id) AS v
WHERE v.product_id = product.id;
COMMIT;
ANALYZE;
