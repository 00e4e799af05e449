#!/usr/bin/env bash
# Catalog read benchmark (issue: performance targets for the shop's hot paths).
#
# Starts the application on loopback with a throw-away PostgreSQL (server-config/run-local.sh on port
# offset 400), fills it with a 10,000-product catalog, then measures with wrk (2 threads, 32 connections,
# DURATION seconds each): the default product list, the list with search= and with category_slug=, the
# on_sale showcase (discounts by compare-at price or by an active promotion), one product detail, and
# signed-in (never cached) reads beside the same anonymous one. Prints requests/s and p50/p99 latency, then
# stops everything.
#
#   benchmarks/catalog.sh                 # DURATION=15 by default; SKIP_BUILD=true reuses target/
#   PUBLIC_CACHE_SECONDS=0 benchmarks/catalog.sh    # measures without the public response cache
#   PROMOTIONS=50 benchmarks/catalog.sh               # with 50 active promotions (benchmarks/promotions.sql)
#
# Everything stays on 127.0.0.1. Run it on an otherwise idle machine; wrk shares the cores with the server.
set -euo pipefail
OFFSET=${OFFSET:-400} PG_PORT=${PG_PORT:-54360} RUN_NAME=benchmark-run   # both can be set, beside other servers
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$bench_root"
export PUBLIC_CACHE_SECONDS=${PUBLIC_CACHE_SECONDS:-5}
bench_require_wrk
bench_start_server
base=$BASE

echo "==> Generating 10,000 products"
bench_psql -f benchmarks/catalog.sql
if [ "${PROMOTIONS:-0}" -gt 0 ]; then
  echo "==> Adding $PROMOTIONS active promotions"
  bench_psql -v count="$PROMOTIONS" -f benchmarks/promotions.sql
fi
detail_slug=$(bench_psql -At -c "SELECT slug FROM product ORDER BY id LIMIT 1 OFFSET 4999")

# Warm up the JIT and the pools, untimed.
wrk -t2 -c32 -d5s "$base/api/v1/products/" >/dev/null
wrk -t2 -c32 -d5s "$base/api/v1/products/$detail_slug" >/dev/null

measure() { bench_measure "$@"; }

echo "==> wrk -t2 -c32 -d${DURATION:-15}s, PUBLIC_CACHE_SECONDS=$PUBLIC_CACHE_SECONDS, PROMOTIONS=${PROMOTIONS:-0}, on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
measure "GET /products/ (default page)" "$base/api/v1/products/"
measure "GET /products/?search=lenovo" "$base/api/v1/products/?search=lenovo"
measure "GET /products/?category_slug=portables" "$base/api/v1/products/?category_slug=ordinateurs-portables"
measure "GET /products/on_sale" "$base/api/v1/products/on_sale"
measure "GET /products/{slug}" "$base/api/v1/products/$detail_slug"

# Staff requests are never cached: each reads the signed-in account (at most once a second per node,
# SignIns) besides verifying the token. The same URL anonymously, for the difference.
token=$(bench_admin_token)
measure "GET /settings/ anonymous" "$base/api/v1/settings/?nocache=1"
measure "GET /settings/ as staff (token + account)" "$base/api/v1/settings/" -H "Authorization: Bearer $token"
measure "GET /products/ as staff" "$base/api/v1/products/" -H "Authorization: Bearer $token"

bench_stop_server
trap - EXIT
