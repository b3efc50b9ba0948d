# Sourced, never run: makes Node 24 LTS the `node` on PATH for the rest of the calling script.
# The machine's own Node is used when it is 24 or newer. Otherwise the pinned Node from the npm registry's
# node-linux-<arch> package (the binary the registry's `node` package installs) goes into a cache folder outside
# node_modules, once, and leads PATH. npm itself stays the machine's; it runs on whichever node leads PATH.
CONTACT_PLAN_NODE_VERSION=24.21.0

contact_plan_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(contact_plan_node_major)" -lt 24 ]; then
  case "$(uname -m)" in
    x86_64 | amd64) cp_node_arch=x64 ;;
    aarch64 | arm64) cp_node_arch=arm64 ;;
    *) echo "node-runtime: no Node 24 package for $(uname -m); install Node 24 and run again" >&2; exit 1 ;;
  esac
  cp_node_dir="${CONTACT_PLAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/contact-plan}/node-v$CONTACT_PLAN_NODE_VERSION"
  cp_node_bin="$cp_node_dir/node_modules/node-linux-$cp_node_arch/bin"
  if [ ! -x "$cp_node_bin/node" ]; then
    echo "› installing Node $CONTACT_PLAN_NODE_VERSION into $cp_node_dir" >&2
    mkdir -p "$cp_node_dir"
    npm install --prefix "$cp_node_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error --no-update-notifier \
      "node-linux-$cp_node_arch@$CONTACT_PLAN_NODE_VERSION" >&2
  fi
  export PATH="$cp_node_bin:$PATH"
  # npm's node-gyp would otherwise build native addons against the machine's older headers.
  export npm_config_nodedir="$(dirname "$cp_node_bin")"
  [ "$(contact_plan_node_major)" -ge 24 ] || { echo "node-runtime: Node 24 did not install in $cp_node_dir" >&2; exit 1; }
fi
