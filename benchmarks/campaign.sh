#!/usr/bin/env bash
# Newsletter sending cost: a campaign to RECIPIENTS confirmed subscribers (20,000 by default), sent by the
# application into its development outbox (.eml files, no SMTP), timed chunk by chunk. Work linear in the
# audience shows as a steady rate from the first thousand mails to the last.
#
#   benchmarks/campaign.sh                 # RECIPIENTS=20000; SKIP_BUILD=true reuses target/
#
# Everything stays on 127.0.0.1.
set -euo pipefail
OFFSET=${OFFSET:-500} PG_PORT=${PG_PORT:-54370} RUN_NAME=benchmark-campaign   # both can be set
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$bench_root"
recipients=${RECIPIENTS:-20000}
export NEWSLETTER_CHUNK_SIZE=${NEWSLETTER_CHUNK_SIZE:-50}
bench_start_server
token=$(bench_admin_token)
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')

echo "==> $recipients confirmed subscribers, chunks of $NEWSLETTER_CHUNK_SIZE"
bench_psql -c "INSERT INTO newsletter_subscriber (email, tags, confirmed, confirmed_at, subscribed)
               SELECT 'bench' || n || '@example.bj', ARRAY['bench'], true, now(), true
               FROM generate_series(1, $recipients) AS n"
template=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/newsletter/templates" \
  -d '{"name":"Benchmark","subject":"Offres","plain_content":"Bonjour {name}, nos offres. {unsubscribe_url}"}' \
  | sed -E 's/.*"slug":"([^"]+)".*/\1/')
campaign=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/newsletter/campaigns" \
  -d "{\"name\":\"Benchmark\",\"template\":\"$template\",\"recipients\":\"tag\",\"recipient_tag\":\"bench\"}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')

start=$(date +%s.%N)
curl -s "${auth[@]}" -X POST "$BASE/api/v1/newsletter/campaigns/$campaign/send_now" -d '{}' >/dev/null
last_sent=0 last_time=$start step=$((recipients / 10))
printf '%10s %10s %14s\n' "sent" "seconds" "mails/s (step)"
while :; do
  sent=$(bench_psql -At -c "SELECT count(*) FROM newsletter_send_log WHERE campaign_id = $campaign AND status = 'sent'")
  now=$(date +%s.%N)
  if [ "$sent" -ge $((last_sent + step)) ] || [ "$sent" -ge "$recipients" ]; then
    awk -v s="$sent" -v p="$last_sent" -v n="$now" -v t="$last_time" -v b="$start" \
      'BEGIN { printf "%10d %10.1f %14.0f\n", s, n - b, (s - p) / (n - t) }'
    last_sent=$sent last_time=$now
  fi
  [ "$sent" -ge "$recipients" ] && break
  sleep 0.5
done
awk -v n="$(date +%s.%N)" -v b="$start" -v r="$recipients" 'BEGIN { printf "==> %d mails in %.1f s\n", r, n - b }'
bench_stop_server
trap - EXIT
