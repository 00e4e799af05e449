#!/usr/bin/env bash
# Dumps the database named by DATABASE_URL into FILE (pg_dump's custom format: compressed, restorable table
# by table). Run it from cron or a Kubernetes CronJob; keep the files off the database host.
#   DATABASE_URL=postgres://... server-config/backup.sh /backups/niasotac-$(date -u +%F).dump
set -euo pipefail
file=${1:?usage: backup.sh FILE}
# shellcheck source=pg-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-env.sh"
pg_dump --format=custom --no-owner --no-privileges --file="$file"
echo "backup: $PGDATABASE on $PGHOST -> $file ($(du -h "$file" | cut -f1))"
