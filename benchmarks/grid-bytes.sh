#!/usr/bin/env bash
# What one 20-product grid page makes a shopper download, before and after the image variants
# (docs/performance.md, "What a shopper downloads"): GridBytesIT against the real server the integration
# tests run (WildFly, PostgreSQL, local media), printing the JSON and picture bytes of the page for two sets
# of pictures. Bytes, not timings: the figures are the same on any machine.
#
#   benchmarks/grid-bytes.sh                   # extra Maven flags pass through, e.g. -o or -Dit.port.offset=…
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log=target/grid-bytes.log
mkdir -p target
mvn -B verify -Dit.test=GridBytesIT -Dit.cluster.tests=NONE -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dspotbugs.skip=true -Dspotless.check.skip=true "$@" > "$log" 2>&1 || true
if ! grep -q "Tests run: 2, Failures: 0, Errors: 0" "$log"; then
  echo "GridBytesIT did not pass; see $log" >&2
  exit 1
fi
grep -A3 "^Grid page of" "$log"
