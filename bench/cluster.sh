#!/usr/bin/env bash
# Fan-out across a cluster (SPEC §9): one Redis and three SocketScope nodes on this machine, 1,000
# room members spread round-robin over the nodes, one sender; beside the same load on one node
# without Redis. Prints the load generator's summary lines and writes JSON to bench/results/.
#
#   bench/cluster.sh [RECEIVERS] [RATE]     defaults: 1000 receivers, 50 messages/s for latency
#
# Two runs per setup: maximum throughput (--rate 0, a window of messages in flight) for
# deliveries/s, and a fixed rate for delivery latency (p50/p99). Needs what bench/run.sh builds
# (SS and LG may point elsewhere, e.g. SS=build/app/socketscope LG=/tmp/loadgen).
# docs/performance.md, "Cluster fan-out".
set -euo pipefail
N=${1:-1000}
RATE=${2:-50}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SS=${SS:-$ROOT/build-release/app/socketscope}
LG=${LG:-$ROOT/build-bench/loadgen/loadgen}
[ -x "$SS" ] && [ -x "$LG" ] || { echo "cluster.sh: build $SS and $LG first (bench/run.sh)" >&2; exit 2; }
ulimit -n "$(ulimit -Hn)"
WORK=$(mktemp -d /tmp/socketscope-cluster.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT
BENCH_ARGS=(--rate-limit 1000000 --rate-window 1s --max-connections 1000000 --max-per-address 1000000
            --connect-rate 0 --heartbeat-interval 0)
REDIS_PORT=16379
P=(18731 18732 18733)

wait_port() { # wait_port PORT
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "cluster.sh: nothing answers on port $1" >&2
    cat "$WORK"/*.log >&2
    exit 1
}

run_load() { # run_load LABEL PORTS
    local label=$1 ports=$2
    "$LG" fanout --label "$label" --case "fanout-$N-max" --connections "$N" --ports "$ports" --rate 0 \
        --duration 10 --warmup 2 --src-addrs 16 > "$WORK/$label-max.json"
    "$LG" fanout --label "$label" --case "fanout-$N-rate$RATE" --connections "$N" --ports "$ports" --rate "$RATE" \
        --duration 10 --warmup 2 --src-addrs 16 > "$WORK/$label-rate.json"
}

# One node, no Redis.
"$SS" --headless --port "${P[0]}" --db "$WORK/single.sqlite" "${BENCH_ARGS[@]}" > "$WORK/single.log" 2>&1 &
PIDS+=($!)
wait_port "${P[0]}"
run_load one-node "${P[0]}"
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

# Redis and three nodes.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)
for i in 0 1 2; do
    "$SS" --headless --port "${P[$i]}" --db "$WORK/node$i.sqlite" --redis "redis://127.0.0.1:$REDIS_PORT/0" \
        --node-name "node-$i" "${BENCH_ARGS[@]}" > "$WORK/node$i.log" 2>&1 &
    PIDS+=($!)
done
for i in 0 1 2; do wait_port "${P[$i]}"; done
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:${P[0]}/healthz" | grep -q '"cluster_nodes":3' && break
    sleep 0.2
done
run_load three-nodes "${P[0]},${P[1]},${P[2]}"

STAMP=$(date -u +%Y-%m-%d-%H%M%S)
mkdir -p "$ROOT/bench/results"
cat "$WORK"/one-node-*.json "$WORK"/three-nodes-*.json > "$ROOT/bench/results/$STAMP-cluster.jsonl"
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared; results in bench/results/$STAMP-cluster.jsonl"
python3 - "$WORK" <<'PY'
import json, sys, glob, os
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*-*.json"))):
    for line in open(f):
        line = line.strip()
        if not line.startswith("{"):
            continue
        j = json.loads(line)
        print(os.path.basename(f), json.dumps({k: j[k] for k in j if k in ("label", "case", "deliveries_per_s", "msgs_per_s", "latency", "errors", "cpu")})[:600])
PY
