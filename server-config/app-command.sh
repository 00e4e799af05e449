#!/usr/bin/env bash
# Runs one of the application's command-line classes with the application's own classes and libraries.
#   app-command.sh MAIN_CLASS [ARGS...]
# The classes come from the exploded WAR: target/ROOT after `mvn package`, or $NIASOTAC_APP_DIR
# (e.g. an unzipped ROOT.war on a server).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_dir=${NIASOTAC_APP_DIR:-$root/target/ROOT}
if [ ! -d "$app_dir/WEB-INF/classes" ]; then
  echo "No application classes in $app_dir: run 'mvn -DskipTests package' first, or set NIASOTAC_APP_DIR." >&2
  exit 2
fi
# File names (Django's media, MEDIA_ROOT) are UTF-8: a C or POSIX locale (cron, a bare ssh) would make the JVM
# unable to open names with accents.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
main=${1:?main class required}
shift
exec java -cp "$app_dir/WEB-INF/classes:$app_dir/WEB-INF/lib/*" "$main" "$@"
