#!/usr/bin/env bash
# Deploys the Contact Plan package to a Salesforce org with the sf CLI, assigns the permission sets and, on request,
# imports the Brightwater Logistics sample data. Safe to run again: it assigns only what is missing and imports the
# sample account only when the org does not hold it. Run scripts/deploy.sh --help for the options.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/deploy.sh --target-org ALIAS [options]
       scripts/deploy.sh ALIAS [options]

Deploys force-app to the org with `sf project deploy start`, then assigns the permission sets:
Contact_Plan_Admin and Contact_Plan_User to you (the user the alias logs in as), Contact_Plan_User
to every --rep, Contact_Plan_Integration to the --integration-user. Assignments that exist are kept.

Options:
  -o, --target-org ALIAS     org alias or username known to the sf CLI (sf org login web --alias ALIAS)
  --rep USERNAME             also give this user Contact_Plan_User (repeatable)
  --integration-user USERNAME
                             give the sync service's API-only user Contact_Plan_Integration
  --sample-data              import the Brightwater Logistics demo account (data/sample-plan.json),
                             unless the org already has an account of that name
  --dry-run                  validate the deployment without saving it; assigns and imports nothing
  --wait MINUTES             how long to wait for the deployment (default 30)
  -h, --help                 show this help

Exit codes: 0 done, 1 a step failed (the sf output says why), 2 bad arguments or a missing prerequisite,
3 the org does not answer, 4 a --rep or --integration-user is not an active user of the org.
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
SAMPLE_ACCOUNT='Brightwater Logistics'

needs_value() { # option, value
  [[ $# -ge 2 && -n $2 && $2 != -* ]] || fail 2 "$1 needs $3"
}

while (($# > 0)); do
  case $1 in
    -h | --help) usage; exit 0 ;;
    -o | --target-org) needs_value "$1" "${2:-}" 'an org alias'; target_org=$2; shift ;;
    --rep) needs_value "$1" "${2:-}" 'a username'; reps+=("$2"); shift ;;
    --integration-user) needs_value "$1" "${2:-}" 'a username'; integration_user=$2; shift ;;
    --sample-data) sample_data=true ;;
    --dry-run) dry_run=true ;;
    --wait) [[ $# -ge 2 && ${2:-} =~ ^[0-9]+$ ]] || fail 2 '--wait needs a number of minutes'; wait_minutes=$2; shift ;;
    -*) fail 2 "unknown option $1 (see --help)" ;;
    *) [[ -z $target_org ]] || fail 2 "more than one org alias given: $target_org and $1"; target_org=$1 ;;
  esac
  shift
done

[[ -n $target_org ]] || fail 2 'no target org alias given: scripts/deploy.sh --target-org ALIAS (see --help)'
command -v sf >/dev/null 2>&1 ||
  fail 2 'the Salesforce CLI (sf) is not installed or not on PATH: npm install --global @salesforce/cli'
command -v node >/dev/null 2>&1 || fail 2 'node is not on PATH (the sf CLI needs it too)'

cd "$(dirname "$0")/.."
[[ -f sfdx-project.json && -d force-app ]] || fail 2 "$(pwd) is not the Contact Plan project (no sfdx-project.json)"
if $sample_data; then
  [[ -f data/sample-plan.json ]] || fail 2 'data/sample-plan.json is missing'
fi

step() { echo "› $*" >&2; }

# Reads a path (a.b.0.c) out of the JSON on stdin; prints nothing when it is absent.
json() {
  node -e '
    let text = ""; process.stdin.on("data", (c) => (text += c)).on("end", () => {
      let v; try { v = JSON.parse(text); } catch { process.exit(0); }
      for (const k of process.argv[1].split(".").filter(Boolean)) v = v == null ? undefined : v[k];
      if (v === undefined || v === null) process.exit(0);
      console.log(typeof v === "object" ? JSON.stringify(v) : String(v));
    });' "$1"
}

# Runs a SOQL query and prints one value per record (the field path given), one a line.
query_values() { # soql, field path
  local out
  out=$(sf data query --query "$1" --target-org "$target_org" --json 2>/dev/null) || {
    echo "$out" | json message >&2
    return 1
  }
  echo "$out" | node -e '
    let t = ""; process.stdin.on("data", (c) => (t += c)).on("end", () => {
      for (const r of JSON.parse(t).result.records) {
        let v = r; for (const k of process.argv[1].split(".")) v = v == null ? undefined : v[k];
        if (v != null) console.log(v);
      }
    });' "$2"
}

soql_list() { # values... → 'a','b'
  local out='' v
  for v in "$@"; do out+="${out:+,}'${v//\'/\\\'}'"; done
  echo "$out"
}

display=$(sf org display --target-org "$target_org" --json 2>/dev/null) ||
  fail 2 "the sf CLI knows no authenticated org '$target_org': run sf org login web --alias $target_org"
me=$(echo "$display" | json result.username)
[[ -n $me ]] || fail 2 "the sf CLI knows no authenticated org '$target_org': run sf org login web --alias $target_org"
query_values 'SELECT Id FROM Organization' Id >/dev/null 2>&1 ||
  fail 3 "the org '$target_org' does not answer (is it up, and the login still valid? sf org login web --alias $target_org)"

users=("${reps[@]}")
[[ -z $integration_user ]] || users+=("$integration_user")
if ((${#users[@]} > 0)); then
  found=$(query_values "SELECT Username FROM User WHERE IsActive = true AND Username IN ($(soql_list "${users[@]}"))" Username) ||
    fail 1 'could not look up the users to assign'
  for user in "${users[@]}"; do
    grep -qixF -- "$user" <<<"$found" || fail 4 "no active user '$user' in the org '$target_org'"
  done
fi

if $dry_run; then
  step "validating the deployment to $target_org (nothing is saved)"
  sf project deploy start --source-dir force-app --target-org "$target_org" --wait "$wait_minutes" --dry-run ||
    fail 1 'the validation failed: see the Component Failures above'
  step 'validation passed: nothing was saved, assigned or imported'
  exit 0
fi

step "deploying force-app to $target_org"
sf project deploy start --source-dir force-app --target-org "$target_org" --wait "$wait_minutes" ||
  fail 1 'the deployment failed: see the Component Failures above; the org is unchanged'

# Assigns a permission set to the users who do not hold it yet (a re-run assigns nothing twice).
assign() { # permission set, usernames...
  local permset=$1
  shift
  local holders missing=()
  holders=$(query_values "SELECT Assignee.Username FROM PermissionSetAssignment WHERE PermissionSet.Name = '$permset' AND Assignee.Username IN ($(soql_list "$@"))" Assignee.Username) ||
    fail 1 "could not read the assignments of $permset"
  for user in "$@"; do grep -qixF -- "$user" <<<"$holders" || missing+=("$user"); done
  if ((${#missing[@]} == 0)); then
    step "$permset: already assigned to $*"
    return
  fi
  step "assigning $permset to ${missing[*]}"
  local args=(org assign permset --name "$permset" --target-org "$target_org")
  for user in "${missing[@]}"; do args+=(--on-behalf-of "$user"); done
  sf "${args[@]}" >&2 || fail 1 "could not assign $permset to ${missing[*]}"
}

assign Contact_Plan_Admin "$me"
assign Contact_Plan_User "$me" "${reps[@]}"
[[ -z $integration_user ]] || assign Contact_Plan_Integration "$integration_user"

if $sample_data; then
  existing=$(query_values "SELECT Id FROM Account WHERE Name = '$SAMPLE_ACCOUNT'" Id) || fail 1 'could not look for the sample account'
  if [[ -n $existing ]]; then
    step "the sample account $SAMPLE_ACCOUNT is already in the org: not imported again"
  else
    step "importing the $SAMPLE_ACCOUNT sample account"
    if ! sf data import tree --plan data/sample-plan.json --target-org "$target_org" >&2; then
      # A plan imports file by file: take back what the files before the failing one created. Deleting the account
      # deletes its contacts, opportunities and activities with it.
      for id in $(query_values "SELECT Id FROM Account WHERE Name = '$SAMPLE_ACCOUNT'" Id || true); do
        sf data delete record --sobject Account --record-id "$id" --target-org "$target_org" >/dev/null 2>&1 || true
      done
      fail 1 'the sample data import failed (see above); what it had created was removed'
    fi
  fi
fi

step "done: open the org with sf org open --target-org $target_org"
