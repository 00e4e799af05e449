-- 10,000 products over the four departments and twelve shelves, with brands, FCFA prices, stock,
-- descriptions and a primary image row each (for the benchmark: only URLs are built, no file is read).
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
       upper(left(l.slug, 3)) || '-' || lpad(n::text, 5, '0'),
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
FROM generate_series(1, 10000) AS n
JOIN leaves l ON l.k = n % 12;

-- Rows without files: marked so the thumbnail backfill does not spend the benchmark's CPU finding that out.
INSERT INTO product_image (product_id, storage_key, content_type, size_bytes, width, height, is_primary, variants_error)
SELECT id, 'products/' || id || '/benchmark.png', 'image/png', 1, 800, 800, true, 'benchmark row: no file'
FROM product;
COMMIT;
ANALYZE;
