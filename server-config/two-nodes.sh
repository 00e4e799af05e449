#!/usr/bin/env bash
# Two application nodes on one PostgreSQL and one Redis, behind HAProxy (Debian's package): the smallest
# scaled-out shop, on loopback. Uses the built server and WAR (target/server, target/ROOT.war: run
# `mvn -DskipTests package` first).
#
#   two-nodes.sh start            # both nodes and HAProxy; prints the addresses
#   two-nodes.sh stop             # everything this script started
#   two-nodes.sh kill a|b         # kill -9 one node's JVM (a crash)
#   two-nodes.sh restart a|b      # starts a killed or stopped node again
#   two-nodes.sh wait-ready a|b   # until the node answers /healthz/ready
#
# The nodes take the caller's environment (DATABASE_URL, REDIS_URL, SECRET_KEY, SMTP_*…, as production
# does). Without DATABASE_URL a throw-away PostgreSQL is started, without REDIS_URL a throw-away Redis, and
# without SECRET_KEY a random one shared by both nodes, all in CLUSTER_DIR. Ports: HAProxy on
# CLUSTER_HTTP_PORT (8400), node a on 8080 + NODE_A_OFFSET (400), node b on 8080 + NODE_B_OFFSET (450).
# CLUSTER_JAVA_OPTS is added to both JVMs (the tests put a coverage agent there).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=pidfile.sh
source server-config/pidfile.sh

command=${1:?usage: two-nodes.sh start|stop|kill|restart|wait-ready [a|b]}
dir=$(realpath -m "${CLUSTER_DIR:-$root/target/two-nodes}")
front_port=${CLUSTER_HTTP_PORT:-8400}
offset_a=${NODE_A_OFFSET:-400}
offset_b=${NODE_B_OFFSET:-450}

offset_of() { case "$1" in a) echo "$offset_a" ;; b) echo "$offset_b" ;; *) echo "no node '$1' (a or b)" >&2; exit 2 ;; esac; }
port_of() { echo $((8080 + $(offset_of "$1"))); }
is_ready() { curl -fsS -o /dev/null "$1/healthz/ready" 2>/dev/null; }
random_secret() { head -c 48 /dev/urandom | base64 | tr -d '\n/+=' ; }

require_haproxy() {
  if ! command -v haproxy >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "two-nodes: installing haproxy from Debian's packages" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    else
      echo "two-nodes: no haproxy found; install HAProxy 2.4 or newer" >&2
      exit 1
    fi
  fi
}

# The environment both nodes share, written once so that a restarted node gets the same one.
write_environment() {
  mkdir -p "$dir"
  if [ -z "${DATABASE_URL:-}" ]; then
    DATABASE_URL="postgres://niasotac:$(random_secret | head -c 24)@127.0.0.1:${CLUSTER_POSTGRES_PORT:-54340}/niasotac"
    bash server-config/local-postgres.sh start "$dir/postgres" "$DATABASE_URL"
    echo "postgres" >> "$dir/started"
  fi
  if [ -z "${REDIS_URL:-}" ]; then
    REDIS_URL="redis://127.0.0.1:${CLUSTER_REDIS_PORT:-56390}/0"
    bash server-config/local-redis.sh start "$dir/redis" "${CLUSTER_REDIS_PORT:-56390}"
    echo "redis" >> "$dir/started"
  fi
  : "${SECRET_KEY:=$(random_secret)}"
  : "${APP_ENV:=development}"
  : "${DEMO_DATA:=false}"
  : "${MEDIA_ROOT:=$dir/media}" # a shared disk; S3 in production
  : "${MAIL_OUTBOX_DIR:=$dir/outbox}"
  : "${TRUSTED_PROXIES:=127.0.0.1}" # HAProxy tells the nodes the client's address
  export DATABASE_URL REDIS_URL SECRET_KEY APP_ENV DEMO_DATA MEDIA_ROOT MAIL_OUTBOX_DIR TRUSTED_PROXIES
  export -p | grep -v -E ' (BASH|SHELL|SHLVL|PWD|OLDPWD|_)=' > "$dir/environment"
  chmod 600 "$dir/environment"
}

start_node() {
  local node=$1 base="$dir/$1"
  [ -f "$dir/environment" ] && source "$dir/environment"
  rm -rf "$base/standalone"
  mkdir -p "$base"
  cp -r target/server/standalone "$base/standalone"
  cp target/ROOT.war "$base/standalone/deployments/ROOT.war"
  (
    export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/java.pid"
    export JAVA_OPTS="${JAVA_OPTS:--Xms128m -Xmx512m} ${CLUSTER_JAVA_OPTS:-}"
    exec target/server/bin/standalone.sh -Djboss.server.base.dir="$base/standalone" \
      -Djboss.socket.binding.port-offset="$(offset_of "$node")" -Djboss.node.name="node-$node" \
      -Djboss.tx.node.id="node-$node" -b 127.0.0.1 >"$base/server.log" 2>&1
  ) &
  echo $! > "$base/launcher.pid"
}

wait_ready() {
  local node=$1 port
  port=$(port_of "$node")
  for _ in $(seq 1 240); do
    if [ -f "$dir/$node/standalone/deployments/ROOT.war.failed" ]; then
      echo "two-nodes: node $node failed to deploy:" >&2; cat "$dir/$node/standalone/deployments/ROOT.war.failed" >&2
      exit 1
    fi
    if is_ready "http://127.0.0.1:$port"; then
      echo "two-nodes: node $node ready on http://127.0.0.1:$port"
      return 0
    fi
    sleep 0.5
  done
  echo "two-nodes: node $node not ready after 120 s; see $dir/$node/server.log" >&2
  tail -n 30 "$dir/$node/server.log" >&2 || true
  exit 1
}

start_haproxy() {
  require_haproxy
  cat > "$dir/haproxy.cfg" <<CFG
global
    maxconn 2048
    pidfile $dir/haproxy.pid

defaults
    mode http
    option forwardfor
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    # A request that reached a node as it died goes to the other one (GETs; a POST only when it was never sent).
    retries 2
    option redispatch
    retry-on conn-failure empty-response response-timeout

frontend shop
    bind 127.0.0.1:$front_port
    default_backend nodes

backend nodes
    balance roundrobin
    # HTTP/1.1 with a Host the nodes allow (an HTTP/1.0 check without one is refused by the host allow-list)
    option httpchk
    http-check send meth GET uri /healthz/ready ver HTTP/1.1 hdr Host 127.0.0.1
    http-check expect status 200
    default-server inter 500ms fastinter 250ms fall 2 rise 2
    http-response set-header X-Served-By %s
    server a 127.0.0.1:$(port_of a) check
    server b 127.0.0.1:$(port_of b) check
CFG
  haproxy -f "$dir/haproxy.cfg" -D
  # HAProxy sends nothing to a node before two health checks have passed
  for _ in $(seq 1 40); do
    if is_ready "http://127.0.0.1:$front_port"; then
      echo "two-nodes: HAProxy on http://127.0.0.1:$front_port"
      return 0
    fi
    sleep 0.25
  done
  echo "two-nodes: HAProxy on port $front_port has no healthy node after 10 s" >&2
  exit 1
}

stop_node() {
  local base="$dir/$1"
  stop_pidfile "$base/java.pid" 60
  stop_pidfile "$base/launcher.pid" 5
}

case "$command" in
  start)
    [ -f target/ROOT.war ] && [ -d target/server ] || { echo "two-nodes: build first (mvn -DskipTests package)" >&2; exit 1; }
    rm -f "$dir/started"
    write_environment
    start_node a
    start_node b
    wait_ready a
    wait_ready b
    start_haproxy
    ;;
  stop)
    stop_pidfile "$dir/haproxy.pid" 5
    stop_node a
    stop_node b
    if [ -f "$dir/started" ]; then
      grep -q redis "$dir/started" && bash server-config/local-redis.sh stop "$dir/redis"
      grep -q postgres "$dir/started" && bash server-config/local-postgres.sh stop "$dir/postgres" >/dev/null
      rm -f "$dir/started"
    fi
    ;;
  kill)
    node=${2:?which node: a or b}
    offset_of "$node" >/dev/null
    kill -9 "$(cat "$dir/$node/java.pid")"
    rm -f "$dir/$node/java.pid"
    echo "two-nodes: node $node killed"
    ;;
  restart)
    node=${2:?which node: a or b}
    offset_of "$node" >/dev/null
    stop_node "$node"
    start_node "$node"
    wait_ready "$node"
    ;;
  wait-ready)
    wait_ready "${2:?which node: a or b}"
    ;;
  *)
    echo "usage: two-nodes.sh start|stop|kill|restart|wait-ready [a|b]" >&2
    exit 2
    ;;
esac
