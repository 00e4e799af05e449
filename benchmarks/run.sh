#!/usr/bin/env bash
# Every figure of issue 16 in one run, next to its target: for each catalog size (10,000 then 100,000
# products, ten view-log rows a product, 20 active promotions), wrk -t2 -c32 -d${DURATION}s --latency on
#   - seven reads with the public cache off (PUBLIC_CACHE_SECONDS=0), anonymously and signed in as staff, in
#     PASSES passes (2): the first shows a server still compiling, the table keeps the last,
#   - the same seven as deployed (cache 5 s), and nginx serving the very bytes of their answers,
#   - a mixed shopper workload (benchmarks/mixed.lua over benchmarks/mixed-urls.sql's 2,295 URLs), as deployed,
# then one table: figure, target, measured at each size and how it compares, and the 100k/10k slowdown.
#
#   benchmarks/run.sh                        # DURATION=10 s a measurement, both sizes
#   DURATION=2 WARMUP=2 SIZES=10000 SKIP_BUILD=true benchmarks/run.sh      # a quick check of the script
#
# The server runs like benchmarks/catalog.sh's (server-config/run-local.sh on loopback), on port offset 600
# (HTTP 8680) with its own PostgreSQL on 54380 and nginx on 8690, so that it can be restarted with the other
# cache setting on the same data. Everything stays on 127.0.0.1 and stops when the script ends. Run it on an
# otherwise idle machine: wrk, WildFly, PostgreSQL and nginx share the cores, as in the issue's figures.
set -euo pipefail
OFFSET=600 PG_PORT=${PG_PORT:-54380} RUN_NAME=benchmark-all
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$bench_root"
export DURATION=${DURATION:-10}
warmup=${WARMUP:-90}   # the JIT needs more than a minute of load on 2 cores (docs/performance.md)
url_warmup=${URL_WARMUP:-5}   # and each request, untimed, before it is measured: its own paths compile then
passes=${PASSES:-2}   # cache-off and staff reads measured this many times over; the table keeps the last pass
sizes=${SIZES:-10000 100000}
promotions=${PROMOTIONS:-20}
nginx_port=$((8080 + OFFSET + 10))
export TRUSTED_PROXIES=127.0.0.1   # mixed.lua speaks for many shoppers through X-Forwarded-For, as a proxy does
export ACCESS_TOKEN_LIFETIME=3600  # the staff token serves seven measurements

# The issue's requests, in its order, and their cache-off targets (requests/s; p99 ≤ 50 ms for each).
names=(list search category detail categories tree settings)
declare -A path=([list]=/api/v1/products/ [search]='/api/v1/products/?search=lenovo'
  [category]='/api/v1/products/?category_slug=ordinateurs-portables' [detail]=/api/v1/products/article-5000
  [categories]=/api/v1/categories/ [tree]=/api/v1/categories/tree/ [settings]=/api/v1/settings/)
declare -A label=([list]='GET /products/' [search]='?search=lenovo' [category]='?category_slug=' \
  [detail]='GET /products/{slug}' [categories]='GET /categories/' [tree]='GET /categories/tree/' \
  [settings]='GET /settings/')
declare -A target_rps=([list]=2000 [search]=1000 [category]=2000 [detail]=3000 [categories]=3000 [tree]=3000
  [settings]=8000)
declare -A result   # result[size,mode,name,rps|p99|failed]; modes: off, staff, on, nginx, mixed

# phase TEXT: a heading with the time since the start, to see where a run spends it.
phase() {
  local seconds=$(($(date +%s) - run_started))
  printf '==> [%d:%02d] %s\n' $((seconds / 60)) $((seconds % 60)) "$1"
}

# measure SIZE MODE NAME URL [wrk options...]: URL_WARMUP s untimed, then one wrk run, kept for the table and
# printed now.
measure() {
  local size=$1 mode=$2 name=$3 url=$4
  shift 4
  if [ "$url_warmup" != 0 ]; then DURATION=$url_warmup bench_wrk "$url" "$@"; fi
  bench_wrk "$url" "$@"
  result[$size,$mode,$name,rps]=$wrk_rps result[$size,$mode,$name,p99]=$wrk_p99
  result[$size,$mode,$name,failed]=$wrk_failed
  printf '  %-6s %-22s %8s req/s   p50 %8s ms   p99 %8s ms   failed %s\n' "$mode" "${label[$name]:-$name}" \
    "$wrk_rps" "${wrk_p50:--}" "${wrk_p99:--}" "$wrk_failed"
}

# The JIT, the connection pools and the caches of the catalog warm up on the mixed workload, untimed.
warm_up() {
  DURATION=$warmup bench_wrk "$BASE" -s benchmarks/mixed.lua -- "$urls"
}

measure_size() {
  local size=$1 started token name pass sent posts non2xx hits misses
  urls="$bench_run_dir/urls-$size.txt"
  phase "$size products, $((size * 10)) view-log rows, $promotions promotions"
  bench_start_postgres
  bench_create_admin
  started=$(date +%s)
  bench_psql -v products="$size" -v view_rows=$((size * 10)) -f benchmarks/catalog.sql
  bench_psql -v count="$promotions" -f benchmarks/promotions.sql >/dev/null
  result[$size,load,-,seconds]=$(($(date +%s) - started))
  bench_psql -At -f benchmarks/mixed-urls.sql > "$urls"
  echo "    loaded in ${result[$size,load,-,seconds]} s; $(wc -l < "$urls") distinct URLs for the mixed workload"

  phase "Public cache off: starting the server"
  export PUBLIC_CACHE_SECONDS=0
  bench_start_server
  phase "Warm-up ${warmup} s, then anonymous and staff reads"
  warm_up
  token=$(bench_sign_in)
  for pass in $(seq 1 "$passes"); do
    phase "Anonymous and staff reads, pass $pass of $passes"
    for name in "${names[@]}"; do measure "$size" off "$name" "$BASE${path[$name]}"; done
    for name in "${names[@]}"; do
      measure "$size" staff "$name" "$BASE${path[$name]}" -H "Authorization: Bearer $token"
    done
  done
  bench_stop_server

  phase "As deployed (public cache 5 s): starting the server"
  export PUBLIC_CACHE_SECONDS=5
  bench_start_server
  phase "Warm-up ${warmup} s, then anonymous reads and the mixed workload"
  warm_up
  rm -rf "$bench_run_dir/bodies" && mkdir -p "$bench_run_dir/bodies"
  for name in "${names[@]}"; do
    measure "$size" on "$name" "$BASE${path[$name]}"
    curl -fsS -o "$bench_run_dir/bodies/$name.json" "$BASE${path[$name]}"
  done
  measure "$size" mixed all "$BASE" -s benchmarks/mixed.lua -- "$urls"
  # mixed.lua's own line: requests and POSTs sent, answers, non-2xx answers, X-Cache HIT and MISS.
  read -r _ _ sent _ posts _ _ _ non2xx _ hits _ misses <<<"$(grep '^mixed:' <<<"$wrk_output")"
  result[$size,mixed,all,failed]=$((non2xx + wrk_socket_errors))
  result[$size,mixed,all,hit]=$(awk -v h="$hits" -v m="$misses" \
    'BEGIN { if (h + m) printf "%.1f %%", 100 * h / (h + m) }')
  result[$size,mixed,all,posts]=$(awk -v p="$posts" -v s="$sent" 'BEGIN { if (s) printf "%.1f %%", 100 * p / s }')
  result[$size,mixed,all,urls]=$(wc -l < "$urls")
  bench_stop_server

  phase "nginx serving the same bytes"
  bench_start_nginx "$bench_run_dir/bodies" "$nginx_port"
  for name in "${names[@]}"; do measure "$size" nginx "$name" "http://127.0.0.1:$nginx_port/$name.json"; done
  bench_stop_nginx
  bench_stop_postgres
}

if [ "${SKIP_BUILD:-}" != true ]; then
  echo "==> Building (mvn -DskipTests package)"
  mvn -B -q -DskipTests package
fi
run_started=$(date +%s)
export SKIP_BUILD=true   # every server start below runs the same build
bench_require_wrk
bench_require nginx nginx-light
for size in $sizes; do measure_size "$size"; done

# ---- The table ----------------------------------------------------------------------------------------
# One size only: its figures in the first columns, dashes in the others.
first=${sizes%% *} last=${sizes##* }
[ "$first" = "$last" ] && last=none

# value SIZE MODE NAME METRIC: a kept figure, or nothing.
value() { echo "${result[$1,$2,$3,$4]:-}"; }

# versus VALUE TARGET ge|le: the value over its target and whether that meets it ("0.05x no", "0.80x ok").
versus() {
  [ -n "$1" ] && [ -n "$2" ] || return 0
  awk -v v="$1" -v t="$2" -v k="$3" 'BEGIN { printf "%.2fx %s", v / t, ((k == "ge") ? v >= t : v <= t) ? "ok" : "no" }'
}

# versus_nginx APP NGINX: how many times nginx's requests/s is the application's (target <= 3x).
versus_nginx() {
  [ -n "$1" ] && [ -n "$2" ] && [ "$1" != 0 ] || return 0
  awk -v v="$1" -v n="$2" 'BEGIN { printf "n %.1fx %s", n / v, n <= 3 * v ? "ok" : "no" }'
}

# slowdown rps|p99 FIRST LAST: how many times worse the last size does than the first (target <= 1.5x).
slowdown() {
  [ -n "$2" ] && [ -n "$3" ] && [ "$2" != 0 ] && [ "$3" != 0 ] || return 0
  awk -v kind="$1" -v a="$2" -v b="$3" 'BEGIN {
    r = (kind == "rps") ? a / b : b / a
    printf "%.2fx %s", r, r <= 1.5 ? "ok" : "no" }'
}

row() {   # row FIGURE TARGET FIRST-VALUE FIRST-VERSUS LAST-VALUE LAST-VERSUS SLOWDOWN (empty prints as a dash; ASCII only, so that printf's
          # byte widths line the columns up)
  local cells=() cell
  for cell in "$@"; do cells+=("${cell:--}"); done
  printf '%-38s %-12s %9s %-12s %9s %-12s %s\n' "${cells[@]}"
}

# rows MODE NAME: the requests/s and p99 rows of one request in one mode.
rows() {
  local mode=$1 name=$2 figure="$1 ${label[$2]}" a b p99_target=50
  a=$(value "$first" "$mode" "$name" rps) b=$(value "$last" "$mode" "$name" rps)
  case $mode in
    off|staff) row "$figure req/s" ">= ${target_rps[$name]}" "$a" "$(versus "$a" "${target_rps[$name]}" ge)" \
                 "$b" "$(versus "$b" "${target_rps[$name]}" ge)" "$(slowdown rps "$a" "$b")" ;;
    on) row "$figure req/s" "n <= 3x" "$a" "$(versus_nginx "$a" "$(value "$first" nginx "$name" rps)")" \
          "$b" "$(versus_nginx "$b" "$(value "$last" nginx "$name" rps)")" "$(slowdown rps "$a" "$b")"
        p99_target=20 ;;
    nginx) row "$figure req/s" "(reference)" "$a" "" "$b" "" "$(slowdown rps "$a" "$b")" ;;
  esac
  a=$(value "$first" "$mode" "$name" p99) b=$(value "$last" "$mode" "$name" p99)
  if [ "$mode" = nginx ]; then
    row "$figure p99 ms" "(reference)" "$a" "" "$b" "" "$(slowdown p99 "$a" "$b")"
  else
    row "$figure p99 ms" "<= $p99_target" "$a" "$(versus "$a" $p99_target le)" "$b" "$(versus "$b" $p99_target le)" \
      "$(slowdown p99 "$a" "$b")"
  fi
}

# mixed_row FIGURE TARGET METRIC [ge|le TARGET-VALUE [rps|p99]]
mixed_row() {
  local a b
  a=$(value "$first" mixed all "$3") b=$(value "$last" mixed all "$3")
  if [ $# -gt 3 ]; then
    row "$1" "$2" "$a" "$(versus "$a" "$5" "$4")" "$b" "$(versus "$b" "$5" "$4")" "$(slowdown "$6" "$a" "$b")"
  else
    row "$1" "$2" "$a" "" "$b" "" ""
  fi
}

# The table, printed and kept in target/benchmark-all/figures.txt.
print_table() {
  echo "==> Issue 16 figures, $(date -u +%Y-%m-%d), wrk -t2 -c32 -d${DURATION}s --latency, $promotions promotions," \
    "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), the run took" \
    "$(( ($(date +%s) - run_started) / 60 )) min (building aside)"
  echo "    Nx ok|no: measured over target, met or not; n Nx: nginx serving the same bytes does N times the requests/s"
  echo "    (target <= 3x); slowdown: how many times worse at the second size than at the first (target <= 1.5x)"
  echo "    off and staff: pass $passes of $passes (the earlier passes are in the log above)"
  row "figure" "target" "$first" "vs target" "${last/none/-}" "vs target" "slowdown"
  for mode in off staff on nginx; do
    for name in "${names[@]}"; do rows "$mode" "$name"; done
  done
  mixed_row "mixed workload req/s" ">= 3000" rps ge 3000 rps
  mixed_row "mixed workload p99 ms" "<= 50" p99 le 50 p99
  mixed_row "mixed workload failed (non-2xx)" "0" failed
  mixed_row "mixed workload public cache hits" "(printed)" hit
  mixed_row "mixed workload POSTs (view, click)" "~ 6 %" posts
  mixed_row "mixed workload distinct URLs" ">= 2000" urls
  row "catalog load (psql), s" "" "$(value "$first" load - seconds)" "" "$(value "$last" load - seconds)" "" ""
  local failed=0 key
  for key in "${!result[@]}"; do
    case $key in *,failed) failed=$((failed + result[$key])) ;; esac
  done
  echo "    failed requests over every run (non-2xx answers and socket errors): $failed"
}
echo
print_table | tee "$bench_run_dir/figures.txt"
