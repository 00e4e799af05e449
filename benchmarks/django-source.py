#!/usr/bin/env python3
"""Makes a large Django NIASOTAC source for timing the importer (docs/performance.md).

    benchmarks/django-source.py FIXTURE_FOLDER OUT_FOLDER [--products 10000] [--images 3]

Copies the fixture's db.sqlite3 and media (a folder of src/test/fixtures/django), replaces its products
with --products generated ones (status row, prices with and without cents, every leaf category) and
--images images each, whose files are hard links to the fixture's own images (real JPEG, PNG and WebP
content, no extra disk). Categories, promotions, newsletter, site and users stay the fixture's.
"""
import argparse
import os
import random
import shutil
import sqlite3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixture")
    parser.add_argument("out")
    parser.add_argument("--products", type=int, default=10000)
    parser.add_argument("--images", type=int, default=3)
    args = parser.parse_args()
    random.seed(42)

    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    db_path = os.path.join(args.out, "db.sqlite3")
    shutil.copyfile(os.path.join(args.fixture, "db.sqlite3"), db_path)
    media = os.path.join(args.out, "media")
    shutil.copytree(os.path.join(args.fixture, "media"), media, copy_function=os.link)

    db = sqlite3.connect(db_path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(showcase_product)")]
    original = "stock_quantity" in columns
    pool = [name for (name,) in db.execute("SELECT image FROM showcase_productimage")
            if os.path.isfile(os.path.join(media, name))]
    for table in ("showcase_productimage", "showcase_productstatus", "showcase_promotion_products",
                  "showcase_product"):
        db.execute("DELETE FROM " + table)
    leaves = [row[0] for row in db.execute(
        "SELECT id FROM showcase_category c WHERE NOT EXISTS"
        " (SELECT 1 FROM showcase_category d WHERE d.parent_id = c.id)")]

    stamp = "2026-06-01 10:00:00"
    for n in range(1, args.products + 1):
        price = random.choice([random.randint(5, 900) * 1000, round(random.uniform(1000, 90000), 2)])
        values = {
            "name": "Produit généré %05d" % n, "slug": "produit-genere-%05d" % n, "short_description": "Généré",
            "price": price, "compare_at_price": None, "cost_price": None, "brand": random.choice(["HP", "Dell", "Epson"]),
            "sku": "GEN-%05d" % n, "barcode": "", "meta_title": "", "meta_description": "", "created_at": stamp,
            "updated_at": stamp, "published_at": stamp, "is_active": 1, "category_id": random.choice(leaves),
        }
        if original:
            values.update({"description": "Description %d" % n, "in_stock": 1, "stock_quantity": n % 40})
        else:
            values.update({"characteristics": "Caractéristiques %d" % n, "is_in_stock": 1})
        names = list(values)
        cursor = db.execute("INSERT INTO showcase_product (%s) VALUES (%s)" % (
            ", ".join('"%s"' % c for c in names), ", ".join("?" for _ in names)), [values[c] for c in names])
        product = cursor.lastrowid
        db.execute("INSERT INTO showcase_productstatus (view_count, whatsapp_click_count, last_viewed_at,"
                   " is_featured, is_recommended, featured_score, recommendation_score, force_featured,"
                   " force_recommended, exclude_from_featured, exclude_from_recommended, product_id)"
                   " VALUES (?, ?, ?, 0, 0, 12.5, 20.25, 0, 0, 0, 0, ?)",
                   (n % 500, n % 37, stamp, product))
        folder = os.path.join("products", "gen", str(n // 1000))
        os.makedirs(os.path.join(media, folder), exist_ok=True)
        for k in range(args.images):
            source = pool[(n * args.images + k) % len(pool)]
            name = os.path.join(folder, "p%05d-%d%s" % (n, k, os.path.splitext(source)[1]))
            os.link(os.path.join(media, source), os.path.join(media, name))
            db.execute('INSERT INTO showcase_productimage (image, alt_text, is_primary, "order", created_at,'
                       " product_id) VALUES (?, '', ?, ?, ?, ?)", (name, 1 if k == 0 else 0, k, stamp, product))
    db.commit()
    db.execute("VACUUM")
    db.close()
    print("%s: %d products, %d images" % (args.out, args.products, args.products * args.images))


if __name__ == "__main__":
    main()
