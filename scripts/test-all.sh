#!/usr/bin/env bash
# Every test of the project: install, build, lint, then the node (core, emulator, sync, metadata, integration),
# LWC and browser (end-to-end) suites. The node suite includes the Dockerfile rehearsal (test/image).
# Ends with one line "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${TEST_OUT:-artifacts/test}
mkdir -p "$out"
set -e
source scripts/node-runtime.sh
bash scripts/ensure-system.sh --browser
bash scripts/ensure-deps.sh
# The pinned Salesforce CLI for test/sf-cli (cached outside node_modules; the suite finds it via CONTACT_PLAN_SF_BIN).
source scripts/ensure-sf-cli.sh
echo "› lint" >&2
npm run --silent lint
set +e

status=0
run_jest() { # name, command...
  local name=$1; shift
  echo "› $name" >&2
  "$@" --json --outputFile="$out/$name.json" || status=1
}
# Two workers and two e2e files at a time: most of these tests wait on child processes (the sf CLI, Chromium,
# redis-server) or on sockets, so the second core is not the only thing that runs in parallel (CI: ~16.5 → ~11 min).
run_jest node npx jest -c jest.node.config.js --ci --maxWorkers=2
run_jest lwc npx sfdx-lwc-jest --skipApiVersionCheck -- --ci --maxWorkers=2
echo "› e2e (headless Chromium against the demo)" >&2
node --import tsx --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$out/e2e.tap" preview/e2e/*.e2e.test.mts || status=1

node -e '
  const fs = require("fs"); let p = 0, f = 0;
  for (const n of ["node", "lwc"]) {
    const file = process.argv[1] + "/" + n + ".json";
    if (!fs.existsSync(file)) { f++; console.error("no results from the " + n + " suite"); continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  }
  const tapFile = process.argv[1] + "/e2e.tap";
  if (!fs.existsSync(tapFile)) { f++; console.error("no results from the e2e suite"); }
  else {
    const tap = fs.readFileSync(tapFile, "utf8");
    const count = (k) => Number((tap.match(new RegExp("^# " + k + " (\\d+)$", "m")) || [])[1] || 0);
    p += count("pass"); f += count("fail") + count("cancelled");
  }
  console.log(p + " passed, " + f + " failed");
  if (f) process.exit(1);
' "$out" || status=1
exit $status
