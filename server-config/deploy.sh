#!/usr/bin/env bash
# Rolls a host running docker-compose.yml (in ~/niasotac, with its .env) onto IMAGE, one replica at a time
# behind the load balancer, waiting for each to be healthy. Used by .github/workflows/ci.yml for staging and
# production alike (same image digest, each host its own .env).
#   DEPLOY_HOST=user@host DEPLOY_SSH_KEY="$(cat key)" server-config/deploy.sh ghcr.io/org/niasotac-api@sha256:...
set -euo pipefail
image=${1:?image reference required}
: "${DEPLOY_HOST:?DEPLOY_HOST required}" "${DEPLOY_SSH_KEY:?DEPLOY_SSH_KEY required}"

key_file=$(mktemp)
trap 'rm -f "$key_file"' EXIT
printf '%s\n' "$DEPLOY_SSH_KEY" > "$key_file"
chmod 600 "$key_file"

# shellcheck disable=SC2087  # the image is expanded here on purpose; nothing else is
ssh -i "$key_file" -o StrictHostKeyChecking=accept-new "$DEPLOY_HOST" bash -s <<REMOTE
set -euo pipefail
cd ~/niasotac
export WEB_IMAGE='$image'
docker compose pull web
# Flyway migrates at start-up; migrations are additive, so old and new replicas can overlap.
docker compose up -d --no-deps --scale web=2 --no-recreate web
docker compose up -d --no-deps --scale web=2 web
for _ in \$(seq 1 60); do
  unhealthy=\$(docker compose ps web --format '{{.Health}}' | grep -vc healthy || true)
  [ "\$unhealthy" = 0 ] && { echo "deployed $image"; exit 0; }
  sleep 5
done
echo "replicas not healthy after 5 minutes" >&2
docker compose ps web >&2
exit 1
REMOTE
