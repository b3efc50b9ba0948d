#!/usr/bin/env bash
# The main job: install what is needed, then show Contact Plan on a realistic account.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
example=${1:-examples/trouble-account.json}
node sync-service/dist/cli/main.js analyze "$example" --format table
