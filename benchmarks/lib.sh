# Shared by the benchmark scripts: a throw-away server on loopback (server-config/run-local.sh on a port
# offset), its PostgreSQL (run-local's own, or one started here that outlives server restarts), psql into its
# database, an admin's access token, a loopback nginx, and wrk measurements.
# Source it after setting OFFSET, PG_PORT and RUN_NAME; it defines BASE and, once a database runs,
# DATABASE_URL_OF_RUN. Whatever it started is stopped when the script exits, however it exits.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE="http://127.0.0.1:$((8080 + OFFSET))"
bench_run_dir="$bench_root/target/$RUN_NAME"
bench_runner="" bench_postgres_dir="" bench_nginx_pid=""
DATABASE_URL_OF_RUN=""

bench_cleanup() {
  set +e   # stop everything, whatever fails on the way
  bench_stop_server
  bench_stop_nginx
  bench_stop_postgres
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# bench_require COMMAND PACKAGE: installs Debian's PACKAGE when COMMAND is missing.
bench_require() {
  if ! command -v "$1" >/dev/null; then
    echo "==> Installing $2 (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}
bench_require_wrk() { bench_require wrk wrk; }

# A PostgreSQL of our own, so that the server can be restarted (other settings) on the same data.
bench_start_postgres() {
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -d '\n/+=')
  bench_postgres_dir="$bench_run_dir/postgres"
  DATABASE_URL_OF_RUN="postgres://niasotac:$password@127.0.0.1:$PG_PORT/niasotac"
  bench_db_password=$password
  bash "$bench_root/server-config/local-postgres.sh" start "$bench_postgres_dir" "$DATABASE_URL_OF_RUN" >/dev/null
}

bench_stop_postgres() {
  [ -n "$bench_postgres_dir" ] || return 0
  bash "$bench_root/server-config/local-postgres.sh" stop "$bench_postgres_dir" >/dev/null
  bench_postgres_dir="" DATABASE_URL_OF_RUN=""
}

# Starts the server on the database of bench_start_postgres, or on a throw-away one of run-local.sh's.
# The environment (PUBLIC_CACHE_SECONDS, TRUSTED_PROXIES, SKIP_BUILD…) reaches the server as it is.
bench_start_server() {
  local out="$bench_root/target/$RUN_NAME-server.out"
  export APP_ENV=development DEMO_DATA=false PORT_OFFSET=$OFFSET LOCAL_POSTGRES_PORT=$PG_PORT
  export RUN_DIR="$bench_run_dir"
  unset SECRET_KEY
  if [ -n "$DATABASE_URL_OF_RUN" ]; then export DATABASE_URL=$DATABASE_URL_OF_RUN; else unset DATABASE_URL; fi
  rm -f "$out"   # before starting: a previous run's "running at" must not be read as this one's
  bash "$bench_root/server-config/run-local.sh" > "$out" 2>&1 &
  bench_runner=$!
  for _ in $(seq 1 300); do
    grep -q "running at" "$out" 2>/dev/null && break
    kill -0 "$bench_runner" 2>/dev/null || { cat "$out"; exit 1; }
    sleep 1
  done
  grep -q "running at" "$out" || { echo "The server did not start in 300 s; see $out" >&2; exit 1; }
  if [ -z "$DATABASE_URL_OF_RUN" ]; then
    DATABASE_URL_OF_RUN=$(grep -o "DATABASE_URL='[^']*" "$out" | cut -d"'" -f2)
    bench_db_password=$(echo "$DATABASE_URL_OF_RUN" | sed -E 's#postgres://[^:]+:([^@]+)@.*#\1#')
  fi
}

bench_stop_server() {
  [ -n "$bench_runner" ] || return 0
  kill "$bench_runner" 2>/dev/null
  wait "$bench_runner" 2>/dev/null || true
  bench_runner=""
}

bench_psql() {
  PGPASSWORD=$bench_db_password psql -q -h 127.0.0.1 -p "$PG_PORT" -U niasotac -d niasotac -v ON_ERROR_STOP=1 "$@"
}

bench_admin_password="benchmark-only-password-0123456789"

# The admin bench-admin in the benchmark's database (the command migrates the schema first if needed).
bench_create_admin() {
  local log="$bench_root/target/$RUN_NAME-create-admin.log"
  printf '%s\n' "$bench_admin_password" | DATABASE_URL=$DATABASE_URL_OF_RUN \
    "$bench_root/server-config/create-admin.sh" --username bench-admin --password-stdin >"$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
}

# An access token of bench-admin from the running server (printed).
bench_sign_in() {
  curl -s -X POST "$BASE/api/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-admin\",\"password\":\"$bench_admin_password\"}" | sed -E 's/.*"access":"([^"]+)".*/\1/'
}

bench_admin_token() {
  bench_create_admin
  bench_sign_in
}

# nginx serving the files of DIR on 127.0.0.1:PORT as JSON, with as little configuration as serves files
# well (the Debian package's defaults: sendfile, keep-alive, one worker per core).
bench_start_nginx() {
  local dir=$1 port=$2 prefix="$bench_run_dir/nginx"
  rm -rf "$prefix" && mkdir -p "$prefix/logs"
  cat > "$prefix/nginx.conf" <<CONF
daemon off;
worker_processes auto;
user $(id -un);
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $prefix/body;
  proxy_temp_path $prefix/proxy;
  fastcgi_temp_path $prefix/fastcgi;
  uwsgi_temp_path $prefix/uwsgi;
  scgi_temp_path $prefix/scgi;
  server {
    listen 127.0.0.1:$port;
    root $dir;
    default_type application/json;
  }
}
CONF
  nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log" &
  bench_nginx_pid=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0   # any answer, a 404 included: it listens
    sleep 0.1
  done
  echo "nginx did not start; see $prefix/logs/error.log" >&2
  exit 1
}

bench_stop_nginx() {
  [ -n "$bench_nginx_pid" ] || return 0
  kill "$bench_nginx_pid" 2>/dev/null
  wait "$bench_nginx_pid" 2>/dev/null || true
  bench_nginx_pid=""
}

# bench_wrk URL [wrk options...] [-- script arguments]: one wrk run of DURATION seconds (2 threads, 32
# connections). Sets wrk_output (wrk's whole report), wrk_rps (requests/s), wrk_p50 and wrk_p99 (ms),
# wrk_errors (wrk's "Non-2xx or 3xx responses", in fact the answers of status 400 and over),
# wrk_socket_errors (connect, read, write, timeout) and wrk_failed (the two).
bench_wrk() {
  local url=$1
  shift
  # The URL first: wrk's getopt reads the options after it, and the script's arguments follow "--".
  wrk_output=$(wrk -t2 -c32 -d"${DURATION:-15}s" --latency "$url" "$@")
  wrk_rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$wrk_output")
  # No answer in the whole run (all slower than it): no latency either, rather than wrk's 0.00us.
  wrk_p50="" wrk_p99=""
  if awk '/requests in/ {exit !($1 > 0)}' <<<"$wrk_output"; then
    wrk_p50=$(bench_latency_ms 50%)
    wrk_p99=$(bench_latency_ms 99%)
  fi
  wrk_errors=$(awk '/Non-2xx/ {n = $NF} END {print n + 0}' <<<"$wrk_output")
  wrk_socket_errors=$(awk '/Socket errors/ {gsub(",", ""); n = $4 + $6 + $8 + $10} END {print n + 0}' <<<"$wrk_output")
  wrk_failed=$((wrk_errors + wrk_socket_errors))
}

# A percentile of wrk's latency distribution ("812.00us", "1.23ms", "1.65s"), in milliseconds.
bench_latency_ms() {
  awk -v p="$1" '$1 == p {
    v = $2
    if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /m$/) f = 60000; else f = 1000
    sub(/[a-z]+$/, "", v); printf "%.1f", v * f }' <<<"$wrk_output"
}

# bench_measure LABEL URL [wrk options...]: one wrk run, printed on one line.
bench_measure() {
  local label=$1 url=$2
  shift 2
  bench_wrk "$url" "$@"
  printf '%-44s %10s req/s   p50 %8s ms   p99 %8s ms   failed %s\n' "$label" "$wrk_rps" "$wrk_p50" "$wrk_p99" \
    "$wrk_failed"
}
