#!/usr/bin/env bash
# Stops the nodes that start.sh started, by the PIDs it recorded
# ($NOMEN_OS_DIR, default scripts/opensearch/target/cluster): SIGTERM, then SIGKILL
# after 20 s.   scripts/opensearch/stop.sh [--quiet]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${NOMEN_OS_DIR:-$here/target/cluster}"
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1
shopt -s nullglob
for pidfile in "$dir"/node-*.pid; do
  pid=$(cat "$pidfile")
  # Only a JVM started from this directory: a PID reused by another process is left.
  if kill -0 "$pid" 2>/dev/null && grep -q "nomen-opensearch-node" "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    [ $quiet = 1 ] || echo "stopped node $(basename "$pidfile" .pid) (pid $pid)"
  fi
  rm -f "$pidfile"
done
exit 0
