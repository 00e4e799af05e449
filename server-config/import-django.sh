#!/usr/bin/env bash
# Imports a Django installation of the original NIASOTAC application (database and MEDIA_ROOT) into the database
# named by DATABASE_URL and the media storage of MEDIA_ROOT or STORAGE_BACKEND=s3 (S3_*), migrating the schema
# first. Safe to run again: a second run changes nothing, a later one applies what changed in Django.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/var/lib/niasotac/media server-config/import-django.sh \
#     --source sqlite:///srv/old/db.sqlite3 --media /srv/old/media [--dry-run] [--report report.json] [--allow-skips]
#   ... --source postgres://user:pass@host/olddb --media /srv/old/media
# Exit code 0: done; 1: done, but rows were skipped (see the report; --allow-skips makes it 0); 2: nothing done.
# docs/migrating-from-django.md is the runbook.
exec "$(dirname "${BASH_SOURCE[0]}")/app-command.sh" com.niasotac.djangoimport.cli.ImportDjangoCommand "$@"
