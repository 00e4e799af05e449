#!/usr/bin/env bash
# CPU per request of the issue's seven reads, cache off: req/s, p99, and the CPU milliseconds WildFly and
# PostgreSQL spent per answered request (from /proc, user + system), a figure that moves far less than req/s
# on a shared or throttled VM (steal time) and splits the cost between Java and SQL.
#
#   benchmarks/cpu-per-request.sh              # 10,000 products, 3 passes of WARM=8 s warm-up + MEAS=8 s per URL
#   PASSES=5 PRODUCTS=100000 SKIP_BUILD=true benchmarks/cpu-per-request.sh
#
# The JIT keeps improving for minutes on 2 cores: compare builds on the same pass number, the last ones
# preferably. Server on port offset 600 (HTTP 8680), its own PostgreSQL on 54380; all on 127.0.0.1, stopped
# at the end.
set -euo pipefail
OFFSET=600 PG_PORT=${PG_PORT:-54380} RUN_NAME=benchmark-cpu
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$bench_root"
passes=${PASSES:-3} products=${PRODUCTS:-10000} warm=${WARM:-8} meas=${MEAS:-8}
export PUBLIC_CACHE_SECONDS=0
if [ "${SKIP_BUILD:-}" != true ]; then
  echo "==> Building (mvn -DskipTests package)"
  mvn -B -q -DskipTests package
fi
export SKIP_BUILD=true
bench_require_wrk
bench_require bc bc
bench_start_postgres
bench_create_admin
bench_psql -v products="$products" -v view_rows=$((products * 10)) -f benchmarks/catalog.sql
bench_psql -v count=20 -f benchmarks/promotions.sql >/dev/null
bench_start_server

java_pid=$(pgrep -f "java.*port-offset=$OFFSET")
ticks=$(getconf CLK_TCK)
# CPU ticks (user + system) of a process, and of every PostgreSQL process of the benchmark's cluster.
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
  local total=0 pid postmaster
  postmaster=$(pgrep -f "postgres -D $bench_postgres_dir/data" | head -1)
  for pid in $postmaster $(pgrep -P "$postmaster"); do   # the postmaster and its backends
    total=$((total + $(process_ticks "$pid")))
  done
  echo "$total"
}

urls=(settings/ categories/ categories/tree/ products/ 'products/?search=lenovo'
  'products/?category_slug=ordinateurs-portables' products/article-5000)
echo "==> $(date -u +%Y-%m-%dT%H:%MZ), $products products, cache off, wrk -t2 -c32, ${warm} s warm-up and ${meas} s" \
  "measured per URL, $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
for pass in $(seq 1 "$passes"); do
  echo "--- pass $pass"
  for url in "${urls[@]}"; do
    DURATION=$warm bench_wrk "$BASE/api/v1/$url"
    java0=$(process_ticks "$java_pid") pg0=$(postgres_ticks)
    DURATION=$meas bench_wrk "$BASE/api/v1/$url"
    java1=$(process_ticks "$java_pid") pg1=$(postgres_ticks)
    answered=$(awk '/requests in/ {print $1}' <<<"$wrk_output")
    printf '  %-48s %8s req/s  p99 %7s ms  WildFly %6.3f ms  PostgreSQL %6.3f ms CPU/request  failed %s\n' \
      "$url" "$wrk_rps" "${wrk_p99:--}" "$(bc -l <<<"($java1 - $java0) * 1000 / $ticks / $answered")" \
      "$(bc -l <<<"($pg1 - $pg0) * 1000 / $ticks / $answered")" "$wrk_failed"
  done
done
