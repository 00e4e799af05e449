-- :count active promotions over the benchmark catalog, of every type and target: a third on a shelf,
-- a third on 20 listed products each (among the first 10,000, whatever the catalog's size), the rest (a few)
-- on everything; some stackable, some with codes.
-- Usage: psql -v count=50 -f benchmarks/promotions.sql
BEGIN;
WITH promo AS (
    INSERT INTO promotion (name, slug, code, promotion_type, value, buy_x, get_y, applies_to_all, is_stackable,
                           start_at, end_at)
    SELECT 'Promo ' || n, 'promo-' || n, CASE WHEN n % 4 = 0 THEN 'CODE' || n END,
           (ARRAY['percent', 'amount', 'set_price', 'bogo'])[1 + n % 4],
           CASE n % 4 WHEN 0 THEN 5 + n % 20 WHEN 1 THEN 1000 * (1 + n % 10) WHEN 2 THEN 50000 + 1000 * n END,
           CASE WHEN n % 4 = 3 THEN 2 END, CASE WHEN n % 4 = 3 THEN 1 END,
           n % 3 = 2 AND n % 4 = 0, n % 5 = 0,
           now() - interval '1 day', now() + interval '30 days'
    FROM generate_series(1, :count) AS n
    RETURNING id)
SELECT count(*) AS promotions FROM promo;

INSERT INTO promotion_category (promotion_id, category_id)
SELECT p.id, c.id
FROM promotion p
JOIN category c ON c.level = 1 AND c.id = (SELECT min(id) FROM category WHERE level = 1) + p.id % 12
WHERE p.id % 3 = 0 AND NOT p.applies_to_all;

INSERT INTO promotion_product (promotion_id, product_id)
SELECT p.id, pr.id
FROM promotion p
JOIN product pr ON pr.id % 500 = p.id % 500 AND pr.id < (SELECT min(id) FROM product) + 10000
WHERE p.id % 3 = 1 AND NOT p.applies_to_all;
COMMIT;
