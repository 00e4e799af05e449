#!/usr/bin/env bash
# Runs a private S3-compatible server (s3proxy, filesystem store, real SigV4 authentication) on loopback
# for the tests.
#   local-s3.sh start DIR PORT ACCESS_KEY SECRET_KEY JAR
#   local-s3.sh stop DIR
# Objects live under DIR/data/<bucket>/<key>; buckets are directories.
set -euo pipefail

command=${1:?usage: local-s3.sh start|stop DIR [PORT ACCESS_KEY SECRET_KEY JAR]}
dir=$(realpath -m "${2:?directory required}")

# shellcheck source=pidfile.sh
source "$(dirname "${BASH_SOURCE[0]}")/pidfile.sh"
stop() { stop_pidfile "$dir/s3proxy.pid"; }

case "$command" in
  start)
    port=${3:?port required}
    access_key=${4:?access key required}
    secret_key=${5:?secret key required}
    jar=${6:?s3proxy jar required}
    stop
    mkdir -p "$dir/data"
    cat > "$dir/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$access_key
s3proxy.credential=$secret_key
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/data
CONF
    nohup java -Xmx256m -jar "$jar" --properties "$dir/s3proxy.conf" >"$dir/s3proxy.log" 2>&1 &
    echo $! > "$dir/s3proxy.pid"
    for _ in $(seq 1 300); do
      # Any HTTP answer (403 without credentials) means it is listening.
      if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "local-s3: s3proxy ready on 127.0.0.1:$port"
        exit 0
      fi
      if ! kill -0 "$(cat "$dir/s3proxy.pid")" 2>/dev/null; then break; fi
      sleep 0.2
    done
    echo "local-s3: s3proxy did not start; see $dir/s3proxy.log" >&2
    tail -n 20 "$dir/s3proxy.log" >&2 || true
    exit 1
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: local-s3.sh start|stop DIR [PORT ACCESS_KEY SECRET_KEY JAR]" >&2
    exit 2
    ;;
esac
