#!/usr/bin/env bash
# Checks the current environment the way the deployment will; exits non-zero listing every problem.
# Run it before deploying:   APP_ENV=production SECRET_KEY=... DATABASE_URL=... server-config/check-config.sh
exec "$(dirname "${BASH_SOURCE[0]}")/app-command.sh" com.niasotac.platform.config.CheckCommand "$@"
