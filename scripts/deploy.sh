#!/usr/bin/env bash
# Deploys the Contact Plan package to a Salesforce org with the sf CLI, assigns the permission sets and, on request,
# imports the Brightwater Logistics sample data. Run scripts/deploy.sh --help for the options.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/deploy.sh --target-org ALIAS [options]
       scripts/deploy.sh ALIAS [options]

Deploys force-app to the org with `sf project deploy start`, then assigns the permission sets:
Contact_Plan_Admin and Contact_Plan_User to you (the user the alias logs in as), Contact_Plan_User
to every --rep, Contact_Plan_Integration to the --integration-user.

Options:
  -o, --target-org ALIAS     org alias or username known to the sf CLI (sf org login web --alias ALIAS)
  --rep USERNAME             also give this user Contact_Plan_User (repeatable)
  --integration-user USERNAME
                             give the sync service's API-only user Contact_Plan_Integration
  --sample-data              import the Brightwater Logistics demo account (data/sample-plan.json)
  --dry-run                  validate the deployment without saving it; assigns and imports nothing
  --wait MINUTES             how long to wait for the deployment (default 30)
  -h, --help                 show this help

Exit codes: 0 done, 1 a step failed, 2 bad arguments or a missing prerequisite.
USAGE
}

fail() { # exit code, message
  echo "deploy.sh: $2" >&2
  exit "$1"
}

target_org=''
reps=()
integration_user=''
sample_data=false
dry_run=false
wait_minutes=30

while (($# > 0)); do
  case $1 in
    -h | --help) usage; exit 0 ;;
    -o | --target-org) [[ $# -ge 2 && -n $2 ]] || fail 2 "$1 needs an org alias"; target_org=$2; shift ;;
    --rep) [[ $# -ge 2 && -n $2 ]] || fail 2 '--rep needs a username'; reps+=("$2"); shift ;;
    --integration-user) [[ $# -ge 2 && -n $2 ]] || fail 2 '--integration-user needs a username'; integration_user=$2; shift ;;
    --sample-data) sample_data=true ;;
    --dry-run) dry_run=true ;;
    --wait) [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || fail 2 '--wait needs a number of minutes'; wait_minutes=$2; shift ;;
    -*) fail 2 "unknown option $1 (see --help)" ;;
    *) [[ -z $target_org ]] || fail 2 "more than one org alias given: $target_org and $1"; target_org=$1 ;;
  esac
  shift
done

[[ -n $target_org ]] || fail 2 'no target org alias given: scripts/deploy.sh --target-org ALIAS (see --help)'
command -v sf >/dev/null 2>&1 ||
  fail 2 'the Salesforce CLI (sf) is not installed or not on PATH: npm install --global @salesforce/cli'

cd "$(dirname "$0")/.."
[[ -f sfdx-project.json && -d force-app ]] || fail 2 "$(pwd) is not the Contact Plan project (no sfdx-project.json)"
if $sample_data; then
  [[ -f data/sample-plan.json ]] || fail 2 'data/sample-plan.json is missing'
fi
sf org display --target-org "$target_org" >/dev/null 2>&1 ||
  fail 2 "the sf CLI knows no authenticated org '$target_org': run sf org login web --alias $target_org"

step() { echo "› $*" >&2; }

if $dry_run; then
  step "validating the deployment to $target_org (nothing is saved)"
  sf project deploy start --source-dir force-app --target-org "$target_org" --wait "$wait_minutes" --dry-run
  exit 0
fi

step "deploying force-app to $target_org"
sf project deploy start --source-dir force-app --target-org "$target_org" --wait "$wait_minutes"

# Assigning a permission set twice is reported as an error by the org; a re-run must still succeed.
assign() { # permission set, usernames... (none: the alias's own user)
  local permset=$1
  shift
  local args=(org assign permset --name "$permset" --target-org "$target_org")
  for user in "$@"; do args+=(--on-behalf-of "$user"); done
  step "assigning $permset${*:+ to $*}"
  local out
  if ! out=$(sf "${args[@]}" 2>&1); then
    grep -qi 'duplicate' <<<"$out" || { echo "$out" >&2; fail 1 "could not assign $permset"; }
    echo "  already assigned" >&2
  fi
}

assign Contact_Plan_Admin
assign Contact_Plan_User
((${#reps[@]} == 0)) || assign Contact_Plan_User "${reps[@]}"
[[ -z $integration_user ]] || assign Contact_Plan_Integration "$integration_user"

if $sample_data; then
  step 'importing the Brightwater Logistics sample account'
  sf data import tree --plan data/sample-plan.json --target-org "$target_org"
fi

step "done: open the org with sf org open --target-org $target_org"
