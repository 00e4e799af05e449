#!/usr/bin/env bash
# Catalog read benchmark (issue: performance targets for the shop's hot paths).
#
# Starts the application on loopback with a throw-away PostgreSQL (server-config/run-local.sh on port
# offset 400), fills it with a 10,000-product catalog, then measures with wrk (2 threads, 32 connections,
# DURATION seconds each): the default product list, the list with search= and with category_slug=, the
# on_sale showcase (discounts by compare-at price or by an active promotion), and one product detail
# (which also writes a view). Prints requests/s and p50/p99 latency, then stops everything.
#
#   benchmarks/catalog.sh                 # DURATION=15 by default; SKIP_BUILD=true reuses target/
#   PUBLIC_CACHE_SECONDS=0 benchmarks/catalog.sh    # measures without the public response cache
#   PROMOTIONS=50 benchmarks/catalog.sh               # with 50 active promotions (benchmarks/promotions.sql)
#
# Everything stays on 127.0.0.1. Run it on an otherwise idle machine; wrk shares the cores with the server.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
duration=${DURATION:-15}
offset=400
port=$((8080 + offset))
pg_port=54360
run_dir="$root/target/benchmark-run"
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  echo "==> Installing wrk (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

export PUBLIC_CACHE_SECONDS=${PUBLIC_CACHE_SECONDS:-5}
export APP_ENV=development DEMO_DATA=false PORT_OFFSET=$offset LOCAL_POSTGRES_PORT=$pg_port RUN_DIR=$run_dir
unset DATABASE_URL SECRET_KEY
bash server-config/run-local.sh > "$root/target/benchmark-server.out" 2>&1 &
runner=$!
stop_server() { kill $runner 2>/dev/null; wait $runner 2>/dev/null || true; }
trap stop_server EXIT
for _ in $(seq 1 240); do
  grep -q "running at" "$root/target/benchmark-server.out" 2>/dev/null && break
  kill -0 $runner 2>/dev/null || { cat "$root/target/benchmark-server.out"; exit 1; }
  sleep 1
done
database_url=$(grep -o "DATABASE_URL='[^']*" "$root/target/benchmark-server.out" | cut -d"'" -f2)

db_password=$(echo "$database_url" | sed -E 's#postgres://[^:]+:([^@]+)@.*#\1#')
bench_psql() { PGPASSWORD=$db_password psql -q -h 127.0.0.1 -p $pg_port -U niasotac -d niasotac -v ON_ERROR_STOP=1 "$@"; }

echo "==> Generating 10,000 products"
bench_psql -f benchmarks/catalog-10k.sql
if [ "${PROMOTIONS:-0}" -gt 0 ]; then
  echo "==> Adding $PROMOTIONS active promotions"
  bench_psql -v count="$PROMOTIONS" -f benchmarks/promotions.sql
fi
detail_slug=$(bench_psql -At -c "SELECT slug FROM product ORDER BY id LIMIT 1 OFFSET 4999")

# Warm up the JIT and the pools, untimed.
wrk -t2 -c32 -d5s "$base/api/v1/products/" >/dev/null
wrk -t2 -c32 -d5s "$base/api/v1/products/$detail_slug" >/dev/null

measure() {
  local label=$1 url=$2 out
  out=$(wrk -t2 -c32 -d"${duration}s" --latency "$url")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   errors %s\n' "$label" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' | sed 's/^$/none/')"
}

echo "==> wrk -t2 -c32 -d${duration}s, PUBLIC_CACHE_SECONDS=$PUBLIC_CACHE_SECONDS, PROMOTIONS=${PROMOTIONS:-0}, on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
measure "GET /products/ (default page)" "$base/api/v1/products/"
measure "GET /products/?search=lenovo" "$base/api/v1/products/?search=lenovo"
measure "GET /products/?category_slug=portables" "$base/api/v1/products/?category_slug=ordinateurs-portables"
measure "GET /products/on_sale" "$base/api/v1/products/on_sale"
measure "GET /products/{slug} (writes a view)" "$base/api/v1/products/$detail_slug"

stop_server
trap - EXIT
