#!/usr/bin/env bash
# The main job: install and build what is needed, start a local org with a realistic account, run one sync
# through the real pipeline and serve the Account page with the contact map. Ctrl-C stops it.
#   npm run demo                      the demo on http://127.0.0.1:5173/
#   npm run demo -- --port 8080       another port
#   npm run demo -- --terminal FILE   no browser: print the contact map of an example plan in the terminal
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
bash scripts/ensure-deps.sh
if [ "${1:-}" = "--terminal" ]; then
  exec node sync-service/dist/cli/main.js analyze "${2:-examples/trouble-account.json}" --format table
fi
exec node scripts/demo-org.mjs "$@"
