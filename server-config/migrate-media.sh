#!/usr/bin/env bash
# Copies local media (MEDIA_ROOT) to the S3 bucket of the S3_* settings, keeping the keys. Idempotent and
# resumable: objects already in the bucket with the same size are skipped. Prints the counts; exit code 1
# when a file failed (run it again).
#   MEDIA_ROOT=/var/lib/niasotac/media STORAGE_BACKEND=s3 S3_BUCKET=... S3_REGION=... server-config/migrate-media.sh [--dry-run]
exec "$(dirname "${BASH_SOURCE[0]}")/app-command.sh" com.niasotac.platform.media.MigrateMediaCommand "$@"
