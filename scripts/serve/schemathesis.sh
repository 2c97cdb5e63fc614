#!/usr/bin/env bash
# Fuzzes nomen serve's API from its own OpenAPI document with schemathesis (PyPI,
# pinned below) on the serve fixture: every check (no server error, responses that
# match their schemas and documented statuses, valid requests accepted, invalid ones
# rejected), coverage, fuzzing and stateful phases. Loopback only; stops the server
# it started, by its PID.
#   scripts/serve/schemathesis.sh [MAX_EXAMPLES]   (default 60; $NOMEN_BIN: a built nomen)
set -euo pipefail
cd "$(dirname "$0")/../.."
max="${1:-60}"
work="$(mktemp -d)"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ -z "${NOMEN_BIN:-}" ]]; then
  cargo build --locked -q -p nomen-cli
fi
nomen="${NOMEN_BIN:-target/debug/nomen}"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "schemathesis==4.32.5"
"$nomen" index --index "$work/idx" crates/nomen-cli/tests/fixtures/serve/articles.jsonl >/dev/null
"$nomen" serve --index "$work/idx" --addr 127.0.0.1:0 >"$work/serve.out" &
pid=$!
echo "schemathesis: started nomen serve, pid $pid"
for _ in $(seq 50); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
addr="$(grep -o 'http://[^/ ]*' "$work/serve.out")"
# A query string over the server's 8 KiB cap is refused with 414 URI Too Long (in the
# OpenAPI document): a rejection, which schemathesis's negative_data_rejection check
# does not count as one unless told (its default list of rejecting statuses, plus 414).
cat >"$work/schemathesis.toml" <<'TOML'
[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "414", "415", "422", "428", "429", "5xx"]
TOML
# Run in the temporary folder: schemathesis leaves a .schemathesis/ cache where it runs
# (and reads schemathesis.toml from there).
(cd "$work" && "$work/venv/bin/schemathesis" run "$addr/api/openapi.json" --checks all \
  --max-examples "$max" --workers 2)
echo "schemathesis: stopping nomen serve, pid $pid"
