# Sourced by backup.sh and restore.sh: turns DATABASE_URL (or DATABASE_URL_FILE) into libpq's PG* variables,
# so the password never appears on a command line (ps would show it).
database_url=${DATABASE_URL:-}
if [ -z "$database_url" ] && [ -n "${DATABASE_URL_FILE:-}" ]; then
  database_url=$(tr -d '\n' < "$DATABASE_URL_FILE")
fi
if [[ ! "$database_url" =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]]; then
  echo "DATABASE_URL must be postgres://user:password@host[:port]/database[?sslmode=...]" >&2
  exit 2
fi
url_decode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }
export PGUSER PGPASSWORD PGHOST PGPORT PGDATABASE
PGUSER=$(url_decode "${BASH_REMATCH[2]}")
PGPASSWORD=$(url_decode "${BASH_REMATCH[4]}")
PGHOST=${BASH_REMATCH[5]}
PGPORT=${BASH_REMATCH[7]:-5432}
PGDATABASE=$(url_decode "${BASH_REMATCH[8]}")
if [[ "${BASH_REMATCH[10]}" =~ (^|&)sslmode=([a-z-]+) ]]; then
  export PGSSLMODE=${BASH_REMATCH[2]}
fi
unset database_url
