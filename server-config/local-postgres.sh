#!/usr/bin/env bash
# Runs a private, throw-away PostgreSQL cluster on loopback for tests and the local run.
#   local-postgres.sh start DIR postgres://USER:PASSWORD@127.0.0.1:PORT/DB
#   local-postgres.sh stop DIR
# Uses the machine's PostgreSQL binaries (installs Debian's package when none is present).
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
set -euo pipefail

command=${1:?usage: local-postgres.sh start|stop DIR [DATABASE_URL]}
dir=${2:?data directory required}
dir=$(realpath -m "$dir")

find_bindir() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return 0; }
  done
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return 0
  fi
  return 1
}

bindir=$(find_bindir || true)
if [ -z "$bindir" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "local-postgres: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(find_bindir)
  else
    echo "local-postgres: no PostgreSQL binaries found; install PostgreSQL 15 or newer" >&2
    exit 1
  fi
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ctl_start() {
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
    || { cat "$dir/postgres.log" >&2; exit 1; }
}

pg_ctl_stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
}

case "$command" in
  start)
    url=${3:?DATABASE_URL required for start}
    re='^postgres(ql)?://([^:@/]+):([^@/]*)@([^:/]+):([0-9]+)/([^?]+)'
    [[ $url =~ $re ]] || { echo "local-postgres: cannot parse $url" >&2; exit 1; }
    user=${BASH_REMATCH[2]} password=${BASH_REMATCH[3]} port=${BASH_REMATCH[5]} db=${BASH_REMATCH[6]}

    pg_ctl_stop   # a cluster left running by an interrupted build
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    chmod 600 "$dir/pwfile"
    as_owner "$bindir/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    # Loopback only. Durability is irrelevant for a throw-away cluster; speed is not.
    cat >> "$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    pg_ctl_start
    PGPASSWORD=$password "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres \
      -c "CREATE DATABASE \"$db\"" >/dev/null
    echo "local-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port, database $db (data in $dir)"
    ;;
  stop)
    pg_ctl_stop
    echo "local-postgres: stopped ($dir)"
    ;;
  pause)   # stop the server but keep its data, for tests of a database outage
    pg_ctl_stop
    ;;
  resume)
    pg_ctl_start
    ;;
  *)
    echo "usage: local-postgres.sh start|stop|pause|resume DIR [DATABASE_URL]" >&2
    exit 2
    ;;
esac
