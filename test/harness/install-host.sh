#!/usr/bin/env bash
# install-host.sh - the real VS Code the extension-host and end-to-end tiers run in, offline:
# code-server (VS Code server + web workbench + Node extension host) from the npm registry, plus
# Debian chromium (driven by the repo's own playwright-core devDependency) and ripgrep.
# Idempotent and cached: a second run checks a stamp and the native modules, then exits in seconds.
#
#   ELIG_HOST_ROOT       where code-server goes        (default /tmp/eh; keep it SHORT: the host's unix
#                        sockets live under it and socket paths are limited to 108 characters)
#   CODE_SERVER_VERSION  code-server from npm          (default 4.100.3 = VS Code 1.100.3, the newest
#                        whose engines accept Node 20; keep engines.vscode <= it)
# Adapted from ../../shared/vscode-host/install-vscode-host.sh (tested reference); see test/harness/README.md.
set -euo pipefail

ROOT="${ELIG_HOST_ROOT:-/tmp/eh}"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_DIR="$ROOT/cs-$CS_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
T0=$(date +%s)
log() { printf '[install-host %3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
mkdir -p "$ROOT/tmp"

# ---------------------------------------------------------------- 1. Debian packages
# chromium: the browser playwright-core drives; ripgrep: replaces the rg that @vscode/ripgrep would
# download from GitHub; libkrb5-dev: headers for the 'kerberos' native module; g++/make/python3: node-gyp.
# openssl: the proxy/TLS tests generate a private CA and a server certificate with it.
# curl: the unit tests run the generated "Copy as cURL" scripts against the sandbox.
APT_PKGS=(chromium ripgrep libkrb5-dev g++ make python3 openssl curl)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
log "apt packages present: ${APT_PKGS[*]}"

# node-gyp builds against the system node's headers when they are there (no download)
if [[ -f /usr/include/node/node.h ]]; then export npm_config_nodedir="${npm_config_nodedir:-/usr}"; fi

# ---------------------------------------------------------------- 2. code-server
STAMP="$CS_DIR/.installed-$CS_VERSION-$(node -v)"
# code-server writes ~/.config/code-server and ~/.local/share/code-server even for --version
cs() { XDG_CONFIG_HOME="$ROOT/tmp/xdg-config" XDG_DATA_HOME="$ROOT/tmp/xdg-data" XDG_CACHE_HOME="$ROOT/tmp/xdg-cache" \
       node "$CS_PKG/out/node/entry.js" "$@"; }
verify() {
  [[ -f "$CS_PKG/out/node/entry.js" ]] &&
  (cd "$CS_PKG/lib/vscode" && node -e '
    let rg; try { rg = require("@vscode/ripgrep").rgPath } catch { rg = require("@vscode/ripgrep-universal").rgPath }
    require("child_process").execFileSync(rg, ["--version"])') &&
  (cd "$CS_PKG/lib/vscode" && node -e '
    const deps = require("./package.json").dependencies;   // native modules differ between versions
    for (const m of ["node-pty", "@vscode/spdlog", "kerberos", "@parcel/watcher", "native-watchdog",
                     "@vscode/native-watchdog", "@vscode/sqlite3"]) if (deps[m]) require(m);') &&
  cs --version >/dev/null 2>&1
}
if [[ -f "$STAMP" ]] && verify 2>/dev/null; then
  log "code-server $CS_VERSION already installed in $CS_DIR"
else
  log "installing code-server@$CS_VERSION into $CS_DIR (about a minute)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"elig-vscode-host","private":true}' > "$CS_DIR/package.json"
  cd "$CS_DIR"
  # (a) unpack without install scripts, so the ripgrep download can be neutralised first
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION" >/dev/null
  # (b) @vscode/ripgrep's postinstall downloads rg from GitHub, but first looks in
  #     $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<VERSION>-<target>.tar.gz: seed it with Debian's rg.
  export TMPDIR="$ROOT/tmp"
  RG_PKG_VER=$(node -p "(require('$CS_PKG/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'] || {}).version || ''")
  if [[ -n "$RG_PKG_VER" ]]; then
    RG_WORK="$TMPDIR/rg-$RG_PKG_VER"; rm -rf "$RG_WORK"; mkdir -p "$RG_WORK/bin"
    (cd "$RG_WORK" && npm pack --silent "@vscode/ripgrep@$RG_PKG_VER" >/dev/null)
    RG_BIN_VER=$(tar xzf "$RG_WORK"/vscode-ripgrep-*.tgz -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';.*/\1/p")
    [[ -n "$RG_BIN_VER" ]] || { echo "could not read ripgrep VERSION from @vscode/ripgrep@$RG_PKG_VER" >&2; exit 1; }
    case "$(uname -m)" in x86_64) RG_TARGET=x86_64-unknown-linux-musl ;; aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
      *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;; esac
    mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VER"
    cp "$(command -v rg)" "$RG_WORK/bin/rg"
    tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VER/ripgrep-$RG_BIN_VER-$RG_TARGET.tar.gz" -C "$RG_WORK/bin" rg
    log "seeded ripgrep cache: @vscode/ripgrep $RG_PKG_VER / $RG_BIN_VER <- $(rg --version | head -1)"
  fi
  # (c) now run the install scripts: code-server's postinstall runs 'npm install' in lib/vscode (node-gyp
  #     builds of node-pty, spdlog, kerberos, ...). node-pty runs 'npx node-gyp', which needs
  #     npm_config_yes=true where ~/.npmrc says yes=false.
  npm_config_yes=true npm_config_unsafe_perm=true npm rebuild --foreground-scripts > "$CS_DIR/postinstall.log" 2>&1 ||
    { tail -50 "$CS_DIR/postinstall.log"; echo "code-server install scripts failed (log: $CS_DIR/postinstall.log)" >&2; exit 1; }
  verify || { echo "code-server verification failed (rg / native modules / --version)" >&2; exit 1; }
  touch "$STAMP"
  log "code-server $CS_VERSION installed"
fi
cd "$REPO"

# ---------------------------------------------------------------- 3. playwright-core
# The repo's devDependency drives chromium; a clone without node_modules gets a private copy.
PW_DIR="$REPO/node_modules/playwright-core"
if [[ ! -f "$PW_DIR/package.json" ]]; then
  PW_VERSION=$(node -p "require('$REPO/package.json').devDependencies['playwright-core'].replace(/^[^0-9]*/, '')")
  mkdir -p "$ROOT/pw"; [[ -f "$ROOT/pw/package.json" ]] || echo '{"private":true}' > "$ROOT/pw/package.json"
  if [[ ! -f "$ROOT/pw/node_modules/playwright-core/package.json" ]]; then
    log "npm install playwright-core@$PW_VERSION into $ROOT/pw (the repo has no node_modules)"
    (cd "$ROOT/pw" && npm install --no-audit --no-fund "playwright-core@$PW_VERSION" >/dev/null)
  fi
  PW_DIR="$ROOT/pw/node_modules/playwright-core"
fi

# ---------------------------------------------------------------- 4. summary for the drivers
cat > "$ROOT/host.env" <<ENV
CODE_SERVER_ENTRY=$CS_PKG/out/node/entry.js
CODE_SERVER_NODE=$(command -v node)
CODE_SERVER_VERSION=$CS_VERSION
PLAYWRIGHT_CORE=$PW_DIR
CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium || echo /usr/bin/chromium)}
ENV
log "ready: code-server $(cs --version | head -1 | cut -d' ' -f1-2) | $(chromium --version 2>/dev/null) | playwright-core $(node -p "require('$PW_DIR/package.json').version")"
