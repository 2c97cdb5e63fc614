#!/usr/bin/env bash
# Starts a real OpenSearch 2.19.6 cluster on loopback for nomen's cluster tests and
# benchmarks: 1 or 2 nodes, one JVM each (512 MiB heap), built from Maven Central
# artifacts by the Maven project beside this script (offline after the first build).
#
#   scripts/opensearch/start.sh [--nodes 1|2] [--port HTTP_PORT]
#
# Node i (0-based) listens for HTTP on HTTP_PORT+i (default 19200) and for the
# transport on HTTP_PORT+100+i, on 127.0.0.1 only. Data, logs and PID files go to
# $NOMEN_OS_DIR (default scripts/opensearch/target/cluster), wiped at each start.
# Waits until the cluster's health is green (yellow is enough while a replica has no
# second node), then prints the URL and the PIDs, and exports nothing: callers read
#   $NOMEN_OS_DIR/url and $NOMEN_OS_DIR/node-<i>.pid.
# stop.sh stops the nodes by their PIDs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
nodes=1
port=19200
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "start.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$nodes" in 1|2) ;; *) echo "start.sh: --nodes is 1 or 2" >&2; exit 2 ;; esac
dir="${NOMEN_OS_DIR:-$here/target/cluster}"
started=$(date +%s.%N)

# Build (the first build downloads the pinned artifacts; later ones are offline).
jar="$here/target/nomen-opensearch-node-1.jar"
if [ ! -f "$jar" ] || [ "$here/pom.xml" -nt "$jar" ] || \
   [ -n "$(find "$here/src" -newer "$jar" -print -quit)" ]; then
  offline=-o
  mvn -q -B -o -f "$here/pom.xml" package -DskipTests >/dev/null 2>&1 || offline=
  if [ -z "$offline" ]; then
    mvn -q -B -f "$here/pom.xml" package -DskipTests
  fi
fi
built=$(date +%s.%N)

"$here/stop.sh" --quiet || true
rm -rf "$dir"
mkdir -p "$dir"
seeds=""
names=""
for i in $(seq 0 $((nodes - 1))); do
  seeds="${seeds:+$seeds,}127.0.0.1:$((port + 100 + i))"
  names="${names:+$names,}nomen-$i"
done
for i in $(seq 0 $((nodes - 1))); do
  home="$dir/node-$i"
  mkdir -p "$home/data" "$home/logs"
  discovery=(-Dnomen.os.discovery.type=single-node)
  if [ "$nodes" -gt 1 ]; then
    discovery=(-Dnomen.os.discovery.seed_hosts="$seeds"
               -Dnomen.os.cluster.initial_cluster_manager_nodes="$names")
  fi
  nohup java -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.awt.headless=true \
    -Dlog4j2.disable.jmx=true \
    -cp "$jar:$here/target/lib/*" \
    -Dnomen.os.cluster.name=nomen-test \
    -Dnomen.os.node.name="nomen-$i" \
    -Dnomen.os.path.home="$home" \
    -Dnomen.os.path.data="$home/data" \
    -Dnomen.os.path.logs="$home/logs" \
    -Dnomen.os.network.host=127.0.0.1 \
    -Dnomen.os.http.port=$((port + i)) \
    -Dnomen.os.transport.port=$((port + 100 + i)) \
    -Dnomen.os.cluster.routing.allocation.disk.threshold_enabled=false \
    -Dnomen.os.action.auto_create_index=false \
    "${discovery[@]}" \
    dev.nomen.opensearch.NomenNode >"$home/logs/stdout.log" 2>&1 &
  echo $! >"$dir/node-$i.pid"
done

url="http://127.0.0.1:$port"
echo "$url" >"$dir/url"
# Wait for the cluster: every node joined, health green (or yellow).
for _ in $(seq 1 360); do
  for i in $(seq 0 $((nodes - 1))); do
    if ! kill -0 "$(cat "$dir/node-$i.pid")" 2>/dev/null; then
      echo "start.sh: node $i exited; its log:" >&2
      tail -40 "$dir/node-$i/logs/stdout.log" >&2
      exit 1
    fi
  done
  health=$(curl -s --max-time 2 \
    "$url/_cluster/health?wait_for_nodes=$nodes&wait_for_status=yellow&timeout=1s" || true)
  case "$health" in
    *'"status":"green"'*|*'"status":"yellow"'*)
      if ! case "$health" in *'"timed_out":true'*) true ;; *) false ;; esac; then
        ready=$(date +%s.%N)
        pids=$(cat "$dir"/node-*.pid | tr '\n' ' ')
        status=$(echo "$health" | sed 's/.*"status":"\([a-z]*\)".*/\1/')
        printf 'OpenSearch 2.19.6: %s node(s) at %s, health %s, pids %s\n' \
          "$nodes" "$url" "$status" "$pids"
        printf 'build %.1f s, start %.1f s (state in %s)\n' \
          "$(echo "$built - $started" | bc)" "$(echo "$ready - $built" | bc)" "$dir"
        exit 0
      fi
      ;;
  esac
  sleep 0.5
done
echo "start.sh: the cluster was not ready after 180 s; logs in $dir" >&2
"$here/stop.sh" --quiet || true
exit 1
