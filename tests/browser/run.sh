#!/usr/bin/env bash
# The browser test of `nomen serve`'s page (serve.test.mjs): builds nomen, installs the
# pinned playwright-core from package-lock.json into this folder, and runs the test with
# Node's test runner against Debian's Chromium ($CHROMIUM, default /usr/bin/chromium).
# Without Chromium or Node it says so and skips, unless CI=true, where it fails.
set -euo pipefail
cd "$(dirname "$0")"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

missing=""
[[ -x "$CHROMIUM" ]] || missing="Chromium ($CHROMIUM; apt-get install chromium)"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || missing="${missing:+$missing, }Node.js and npm"
if [[ -n "$missing" ]]; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "browser test: missing $missing" >&2
    exit 1
  fi
  echo "browser test: SKIPPED, missing $missing"
  exit 0
fi

(cd ../.. && cargo build --locked -p nomen-cli --quiet)
export NOMEN_BIN="${NOMEN_BIN:-$(cd ../.. && pwd)/target/debug/nomen}"
if [[ "${CI:-}" == "true" || ! -d node_modules/playwright-core ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "browser test: $("$CHROMIUM" --version 2>/dev/null | head -1), nomen at $NOMEN_BIN"
node --test --test-reporter=spec serve.test.mjs
