#!/usr/bin/env bash
# Runs one of the application's command-line classes with the application's own classes and libraries.
#   app-command.sh MAIN_CLASS [ARGS...]
# The classes come from the exploded WAR: target/ROOT after `mvn package`, or $NIASOTAC_APP_DIR
# (e.g. an unzipped ROOT.war on a server). The libraries only the tools use (picocli, sqlite-jdbc, ...)
# are not in the WAR: they come from target/cli-lib, or $NIASOTAC_CLI_LIB.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_dir=${NIASOTAC_APP_DIR:-$root/target/ROOT}
cli_lib=${NIASOTAC_CLI_LIB:-$root/target/cli-lib}
if [ ! -d "$app_dir/WEB-INF/classes" ]; then
  echo "No application classes in $app_dir: run 'mvn -DskipTests package' first, or set NIASOTAC_APP_DIR." >&2
  exit 2
fi
if [ ! -d "$cli_lib" ]; then
  echo "No command-line libraries in $cli_lib: run 'mvn -DskipTests package' first, or set NIASOTAC_CLI_LIB." >&2
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
# The libraries' own logging (SLF4J's simple provider, on stderr): warnings and errors only; the tools say
# themselves what they did.
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$app_dir/WEB-INF/classes:$app_dir/WEB-INF/lib/*:$cli_lib/*" \
  "$main" "$@"
