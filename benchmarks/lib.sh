# Shared by the benchmark scripts: a throw-away server on loopback (server-config/run-local.sh on a port
# offset, its own PostgreSQL), psql into its database, an admin's access token, and a wrk measurement.
# Source it after setting OFFSET, PG_PORT and RUN_NAME; it defines BASE and DATABASE_URL_OF_RUN.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE="http://127.0.0.1:$((8080 + OFFSET))"

bench_require_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "==> Installing wrk (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
}

bench_start_server() {
  local out="$bench_root/target/$RUN_NAME-server.out"
  export APP_ENV=development DEMO_DATA=false PORT_OFFSET=$OFFSET LOCAL_POSTGRES_PORT=$PG_PORT
  export RUN_DIR="$bench_root/target/$RUN_NAME"
  unset DATABASE_URL SECRET_KEY
  bash "$bench_root/server-config/run-local.sh" > "$out" 2>&1 &
  bench_runner=$!
  trap bench_stop_server EXIT
  for _ in $(seq 1 240); do
    grep -q "running at" "$out" 2>/dev/null && break
    kill -0 $bench_runner 2>/dev/null || { cat "$out"; exit 1; }
    sleep 1
  done
  DATABASE_URL_OF_RUN=$(grep -o "DATABASE_URL='[^']*" "$out" | cut -d"'" -f2)
  bench_db_password=$(echo "$DATABASE_URL_OF_RUN" | sed -E 's#postgres://[^:]+:([^@]+)@.*#\1#')
}

bench_stop_server() {
  kill $bench_runner 2>/dev/null
  wait $bench_runner 2>/dev/null || true
}

bench_psql() {
  PGPASSWORD=$bench_db_password psql -q -h 127.0.0.1 -p $PG_PORT -U niasotac -d niasotac -v ON_ERROR_STOP=1 "$@"
}

# An admin of the benchmark's database and its access token (printed).
bench_admin_token() {
  local password="benchmark-only-password-0123456789"
  printf '%s\n' "$password" | DATABASE_URL=$DATABASE_URL_OF_RUN \
    "$bench_root/server-config/create-admin.sh" --username bench-admin --password-stdin >/dev/null
  curl -s -X POST "$BASE/api/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-admin\",\"password\":\"$password\"}" | sed -E 's/.*"access":"([^"]+)".*/\1/'
}

# measure LABEL URL [wrk options...]: requests/s, p50, p99 and errors of one wrk run of DURATION seconds.
bench_measure() {
  local label=$1 url=$2 out
  shift 2
  out=$(wrk -t2 -c32 -d"${DURATION:-15}s" --latency "$@" "$url")
  printf '%-44s %10s req/s   p50 %8s   p99 %8s   errors %s\n' "$label" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' | sed 's/^$/none/')"
}
