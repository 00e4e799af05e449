#!/usr/bin/env bash
# Builds the application and runs it on http://localhost:8080 with everything it needs.
#
# With no environment at all it runs in development mode: a throw-away PostgreSQL on 127.0.0.1 (the
# machine's binaries, installed from Debian's packages if missing) and a random, never-stored SECRET_KEY.
# Set DATABASE_URL to use your own database, SECRET_KEY to keep tokens valid across restarts. With
# APP_ENV=production nothing is generated: the configuration check refuses to start without real settings.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
run_dir=${RUN_DIR:-$root/target/local-run}
port_offset=${PORT_OFFSET:-0}
http_port=$((8080 + port_offset))

export APP_ENV=${APP_ENV:-development}
if [ "$APP_ENV" = development ]; then
  # A demonstration catalog is loaded at start-up when the catalog is empty; DEMO_DATA=false skips it.
  export DEMO_DATA=${DEMO_DATA:-true}
  export MEDIA_ROOT=${MEDIA_ROOT:-$run_dir/media}
  # Without SMTP_HOST, confirmation and newsletter mails are written here as .eml files.
  export MAIL_OUTBOX_DIR=${MAIL_OUTBOX_DIR:-$run_dir/outbox}
fi

if [ "${SKIP_BUILD:-}" != true ]; then
  echo "==> Building (mvn -DskipTests package)"
  mvn -B -q -DskipTests package
fi

started_postgres=""
server_pid=""
cleanup() {
  set +e   # stop everything we started, whatever fails on the way
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  if [ -n "$started_postgres" ]; then
    bash server-config/local-postgres.sh stop "$run_dir/postgres" >/dev/null
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

random_secret() { head -c 48 /dev/urandom | base64 | tr -d '\n/+=' ; }

if [ -z "${DATABASE_URL:-}" ] && [ -z "${DATABASE_URL_FILE:-}" ] && [ "$APP_ENV" != production ]; then
  export DATABASE_URL="postgres://niasotac:$(random_secret | head -c 24)@127.0.0.1:${LOCAL_POSTGRES_PORT:-54320}/niasotac"
  echo "==> DATABASE_URL not set: starting a throw-away PostgreSQL"
  bash server-config/local-postgres.sh start "$run_dir/postgres" "$DATABASE_URL"
  # A fresh database: media of the previous run would only be orphans.
  [ "${MEDIA_ROOT:-}" = "$run_dir/media" ] && rm -rf "$run_dir/media"
  started_postgres=yes
fi

if [ -z "${SECRET_KEY:-}" ] && [ -z "${SECRET_KEY_FILE:-}" ] && [ "$APP_ENV" = development ]; then
  SECRET_KEY=$(random_secret)
  export SECRET_KEY
  cat >&2 <<'BANNER'

  ************************************************************************
  *  DEVELOPMENT MODE: SECRET_KEY was not set, a random one was generated  *
  *  for this run only. Tokens stop working when the server restarts.      *
  *  Never run like this in production (APP_ENV=production refuses it).    *
  ************************************************************************

BANNER
fi

echo "==> Checking configuration"
bash server-config/check-config.sh

rm -rf "$run_dir/standalone"
mkdir -p "$run_dir"
cp -r target/server/standalone "$run_dir/standalone"
cp target/ROOT.war "$run_dir/standalone/deployments/ROOT.war"

echo "==> Starting WildFly (logs: $run_dir/server.log)"
# Makes standalone.sh pass Ctrl+C / SIGTERM on to the server and wait for it to stop.
export LAUNCH_JBOSS_IN_BACKGROUND=1
target/server/bin/standalone.sh -Djboss.server.base.dir="$run_dir/standalone" \
  -Djboss.socket.binding.port-offset="$port_offset" -b 127.0.0.1 >"$run_dir/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 180); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "WildFly stopped; last log lines:" >&2; tail -n 40 "$run_dir/server.log" >&2; exit 1
  fi
  if [ -f "$run_dir/standalone/deployments/ROOT.war.failed" ]; then
    echo "Deployment failed:" >&2; cat "$run_dir/standalone/deployments/ROOT.war.failed" >&2; exit 1
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$http_port/healthz/ready" 2>/dev/null; then
    echo
    echo "NIASOTAC API running at http://localhost:$http_port/  (APP_ENV=$APP_ENV)"
    echo "  health:  http://localhost:$http_port/healthz"
    echo "  openapi: http://localhost:$http_port/openapi"
    echo "  back-office: http://localhost:$http_port/admin/  (sign in with an admin created as below)"
    if [ -z "${SMTP_HOST:-}" ]; then
      echo "  mail:    no SMTP_HOST, so mails are written to $MAIL_OUTBOX_DIR (.eml files)"
    fi
    echo "  create an admin: DATABASE_URL='$DATABASE_URL' server-config/create-admin.sh --username admin"
    echo "Press Ctrl+C to stop."
    wait "$server_pid"
    exit $?
  fi
  sleep 1
done
echo "The application did not become ready in 180 s; see $run_dir/server.log" >&2
exit 1
