#!/usr/bin/env bash
# Runs a private, throw-away Redis on loopback for the tests (no persistence).
#   local-redis.sh start DIR PORT
#   local-redis.sh stop DIR
# Uses the machine's redis-server (installs Debian's package when none is present and we are root).
set -euo pipefail

command=${1:?usage: local-redis.sh start|stop DIR [PORT]}
dir=$(realpath -m "${2:?directory required}")

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "local-redis: installing redis-server from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "local-redis: no redis-server found; install Redis 6 or newer" >&2
    exit 1
  fi
fi

# shellcheck source=pidfile.sh
source "$(dirname "${BASH_SOURCE[0]}")/pidfile.sh"
stop() { stop_pidfile "$dir/redis.pid"; }

case "$command" in
  start)
    port=${3:?port required}
    stop
    mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes --daemonize yes \
      --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save '' --appendonly no
    for _ in $(seq 1 50); do
      if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
        echo "local-redis: ready on 127.0.0.1:$port"
        exit 0
      fi
      sleep 0.1
    done
    echo "local-redis: did not start; see $dir/redis.log" >&2
    exit 1
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: local-redis.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
