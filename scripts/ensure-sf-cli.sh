#!/usr/bin/env bash
# Sourced or run: installs the pinned Salesforce CLI (@salesforce/cli, ~300 MB) into a cache folder outside
# node_modules when it is missing, so `npm ci` stays lean, and (when sourced) exports CONTACT_PLAN_SF_BIN, the
# folder holding its `sf`. Needs Node 24 on PATH first (source scripts/node-runtime.sh).
CONTACT_PLAN_SF_VERSION=2.150.6
cp_sf_dir="${CONTACT_PLAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/contact-plan}/sf-cli-$CONTACT_PLAN_SF_VERSION"
cp_sf_bin="$cp_sf_dir/node_modules/.bin"
if [ ! -x "$cp_sf_bin/sf" ] || [ ! -f "$cp_sf_dir/.installed" ]; then
  echo "› installing the Salesforce CLI $CONTACT_PLAN_SF_VERSION into $cp_sf_dir" >&2
  mkdir -p "$cp_sf_dir"
  npm install --prefix "$cp_sf_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    --no-update-notifier "@salesforce/cli@$CONTACT_PLAN_SF_VERSION" >&2 || {
    echo "ensure-sf-cli: the Salesforce CLI did not install into $cp_sf_dir" >&2
    return 1 2>/dev/null || exit 1
  }
  touch "$cp_sf_dir/.installed"
fi
export CONTACT_PLAN_SF_BIN="$cp_sf_bin"
export CONTACT_PLAN_SF_VERSION
