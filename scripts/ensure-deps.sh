#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.contact-plan-installed
if [ -n "${CI:-}" ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "› npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
echo "› build" >&2
npm run --silent build
