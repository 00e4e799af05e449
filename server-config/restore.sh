#!/usr/bin/env bash
# Restores FILE (made by backup.sh) into the database named by DATABASE_URL, in one transaction: either all
# of it or nothing. The target should be a new, empty database (createdb), then point the application at it.
#   DATABASE_URL=postgres://.../niasotac_restored server-config/restore.sh /backups/niasotac-2026-11-29.dump
set -euo pipefail
file=${1:?usage: restore.sh FILE}
# shellcheck source=pg-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-env.sh"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$file"
echo "restore: $file -> $PGDATABASE on $PGHOST"
