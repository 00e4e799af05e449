-- The URLs of the mixed shopper workload (benchmarks/mixed.lua), one a line, most popular first:
--   psql -At -f benchmarks/mixed-urls.sql > urls.txt
-- What every page of the shop reads first (the category tree, the settings, the first page of products, the
-- categories), then, spread evenly over the ranks so that each kind has popular and rare URLs: list pages 2–50,
-- 200 searches, every category, every brand, 10 price bands and 2,000 product details. Within a kind the order
-- is the natural one (page 2 before page 50, the first words of the list before the last); ties and the choice
-- of products go by md5, so the list is the same from run to run for the same catalog.
WITH words AS (
    SELECT w, row_number() OVER (ORDER BY kind, ord) - 1 AS i
    FROM (SELECT DISTINCT ON (w) w, kind, ord FROM (SELECT 1 AS kind, ord, w
          FROM unnest(ARRAY['lenovo', 'hp', 'dell', 'portable', 'imprimante', 'clavier', 'souris', 'casque',
                            'garantie', 'laser', 'memoire', 'processeur', 'webcam', 'ordinateur', 'bureau',
                            'mini pc', 'carte mere', 'jet d''encre', 'multifonction', 'microphone', 'audio',
                            'ram', 'ecran', 'ssd', 'chargeur', 'hp laser', 'lenovo portable', 'dell bureau',
                            'asus portable', 'canon imprimante', 'epson jet', 'logitech souris', 'livraison',
                            'cotonou']) WITH ORDINALITY AS t(w, ord)
          UNION ALL
          SELECT 2, min(id), lower(brand) FROM product WHERE brand IS NOT NULL GROUP BY lower(brand)
          UNION ALL
          -- Searches for one article: 'article 1234' (also matches 12340–12349 and so on, as a shopper's would).
          SELECT 3, k, 'article ' || (1 + (k * 7919) % (SELECT count(*) FROM product)) FROM generate_series(1, 200) AS k
         ) AS all_words ORDER BY w, kind, ord) AS distinct_words
    ORDER BY i
    LIMIT 200),
kinds AS (
    SELECT '/api/v1/products/?page=' || n AS url, n - 2 AS i, 'page' AS kind FROM generate_series(2, 50) AS n
    UNION ALL
    SELECT '/api/v1/products/?search=' || replace(replace(w, ' ', '%20'), '''', '%27'), i, 'search' FROM words
    UNION ALL
    SELECT '/api/v1/products/?category_slug=' || slug, row_number() OVER (ORDER BY level, id) - 1, 'category'
    FROM category
    UNION ALL
    SELECT '/api/v1/products/?brand=' || brand, row_number() OVER (ORDER BY min(id)) - 1, 'brand'
    FROM product WHERE brand IS NOT NULL GROUP BY brand
    UNION ALL
    SELECT '/api/v1/products/?' || concat_ws('&', 'min_price=' || low, 'max_price=' || high), i, 'price'
    FROM (VALUES (0, 0, 25000), (1, 25000, 50000), (2, 50000, 100000), (3, 100000, 200000), (4, NULL, 50000),
                 (5, 200000, 400000), (6, 100000, NULL), (7, 400000, 700000), (8, 150000, 300000),
                 (9, 700000, NULL)) AS bands(i, low, high)
    UNION ALL
    SELECT '/api/v1/products/' || slug, row_number() OVER (ORDER BY md5(slug)) - 1, 'detail'
    FROM (SELECT slug FROM product WHERE is_active ORDER BY md5(slug) LIMIT 2000) AS chosen),
ranked AS (
    SELECT url, (i + 0.5) / count(*) OVER (PARTITION BY kind) AS position FROM kinds
    UNION ALL
    SELECT url, -1 + ord / 10.0 FROM unnest(ARRAY['/api/v1/categories/tree/', '/api/v1/settings/', '/api/v1/products/',
                                            '/api/v1/categories/']) WITH ORDINALITY AS front(url, ord))
SELECT url FROM ranked ORDER BY position, md5(url);
