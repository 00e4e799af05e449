#!/usr/bin/env bash
# Creates the first admin in the database named by DATABASE_URL (migrating the schema if needed).
#   DATABASE_URL=postgres://... server-config/create-admin.sh --username admin            (prompts twice)
#   printf '%s\n' "$PASSWORD" | DATABASE_URL=... server-config/create-admin.sh --username admin --password-stdin
exec "$(dirname "${BASH_SOURCE[0]}")/app-command.sh" com.niasotac.auth.cli.CreateAdminCommand "$@"
