-- Staff lists show inactive products too, newest first: product_active_created_idx covers active products only,
-- so each staff page sorted the whole catalog (10,000 rows for 20; linear in the catalog). This one serves them.
CREATE INDEX product_created_idx ON product (created_at DESC, id DESC);
