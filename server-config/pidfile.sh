# Sourced by the local-*.sh service scripts: stops the process a pid file names and removes the file.
#   stop_pidfile FILE [SECONDS]   (waits up to SECONDS, default 10, for the process to exit)
stop_pidfile() {
  local file=$1 tenths=$(( ${2:-10} * 10 )) pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$tenths"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$file"
}
