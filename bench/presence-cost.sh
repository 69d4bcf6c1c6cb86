#!/usr/bin/env bash
# What cluster presence costs (docs/cluster.md "Presence"): one Redis and three nodes on this
# machine, N idle connections on each node (/ws/echo, from bench/loadgen idle); over 10 s of
# idle: the presence each node writes per second (bytes of its key, written once a second),
# Redis's network in/out per second, Redis's CPU, and each node's CPU; beside one node with the
# same N idle connections and no --redis.
#
#   bench/presence-cost.sh [--only-first] [N ...]        default: 1000 5000 10000
#
# --only-first: the N connections on node-0 only, the other two nodes empty, which splits a
# node's cost into writing its own presence (node-0) and reading another's (node-1, node-2).
#
# SS and LG as in bench/cluster.sh (SS=build/app/socketscope to use a dev build).
# docs/performance.md, "Cluster presence cost".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SS=${SS:-$ROOT/build-release/app/socketscope}
LG=${LG:-$ROOT/build-bench/loadgen/loadgen}
[ -x "$SS" ] && [ -x "$LG" ] || { echo "presence-cost.sh: build $SS and $LG first (bench/run.sh)" >&2; exit 2; }
command -v redis-server >/dev/null && command -v redis-cli >/dev/null || { echo "presence-cost.sh: needs redis-server and redis-cli" >&2; exit 2; }
ONLY_FIRST=0
[ "${1:-}" = --only-first ] && { ONLY_FIRST=1; shift; }
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 5000 10000)
ulimit -n "$(ulimit -Hn)"
WORK=$(mktemp -d /tmp/socketscope-presence.XXXXXX)
PIDS=()
stop_all() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; PIDS=(); }
trap 'stop_all; rm -rf "$WORK"' EXIT
BENCH_ARGS=(--rate-limit 1000000 --rate-window 1s --max-connections 1000000 --max-per-address 1000000
            --connect-rate 0 --heartbeat-interval 0)
REDIS_PORT=16381
P=(18741 18742 18743)
MEASURE=10
HZ=$(getconf CLK_TCK)

healthz() { curl -fsS "http://127.0.0.1:$1/healthz" 2>/dev/null || true; }
wait_for() { # wait_for SECONDS COMMAND...
    local until=$((SECONDS + $1)); shift
    until "$@"; do
        [ $SECONDS -lt $until ] || { echo "presence-cost.sh: timed out waiting for: $*" >&2; tail -5 "$WORK"/*.log >&2; exit 1; }
        sleep 0.5
    done
}
has_connections() { healthz "$1" | grep -q "\"connections\":$2,"; }
cluster_of_3() { for p in "${P[@]}"; do healthz "$p" | grep -q '"cluster_nodes":3' || return 1; done; }
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
idle_load() { # idle_load PORT N: holds N idle connections for 60 s
    "$LG" idle --connections "$2" --port "$1" --hold 60 --connect-concurrency 256 --src-addrs 16 \
        --setup-timeout 120 > "$WORK/lg-$1.json" 2>/dev/null &
    PIDS+=($!)
}
redis_stat() { redis-cli -p $REDIS_PORT INFO stats | tr -d '\r' | awk -F: -v k="$1" '$1==k {print $2}'; }
pct() { awk -v d="$1" -v hz="$HZ" -v s="$MEASURE" 'BEGIN { printf "%.1f", 100 * d / (hz * s) }'; }

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared; $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-15s %-15s %-17s %-10s %-22s %-14s %s\n' "N/node" "presence B/s" "read B/s/node" "Redis net in/out" "Redis CPU" "node CPU (3 nodes)" "alone CPU" "load avg"
for N in "${SIZES[@]}"; do
    # One node without Redis.
    "$SS" --headless --port "${P[0]}" --db "$WORK/alone.sqlite" "${BENCH_ARGS[@]}" > "$WORK/alone.log" 2>&1 &
    PIDS+=($!); ALONE=$!
    wait_for 30 has_connections "${P[0]}" 0
    idle_load "${P[0]}" "$N"
    wait_for 120 has_connections "${P[0]}" "$N"
    sleep 2
    a0=$(ticks $ALONE); sleep $MEASURE; a1=$(ticks $ALONE)
    stop_all

    # Redis and three nodes.
    redis-server --port $REDIS_PORT --bind 127.0.0.1 --save '' --appendonly no > "$WORK/redis.log" 2>&1 &
    PIDS+=($!); REDIS=$!
    NODES=()
    for i in 0 1 2; do
        "$SS" --headless --port "${P[$i]}" --db "$WORK/node$i.sqlite" --redis "redis://127.0.0.1:$REDIS_PORT/0" \
            --node-name "node-$i" "${BENCH_ARGS[@]}" > "$WORK/node$i.log" 2>&1 &
        PIDS+=($!); NODES+=($!)
    done
    wait_for 30 cluster_of_3
    LOADED=("${P[@]}")
    [ $ONLY_FIRST = 1 ] && LOADED=("${P[0]}")
    for p in "${LOADED[@]}"; do idle_load "$p" "$N"; done
    for p in "${LOADED[@]}"; do wait_for 180 has_connections "$p" "$N"; done
    sleep 3   # a few beats with every presence complete
    r0=$(ticks $REDIS); in0=$(redis_stat total_net_input_bytes); out0=$(redis_stat total_net_output_bytes)
    n0=(); for p in "${NODES[@]}"; do n0+=($(ticks "$p")); done
    sleep $MEASURE
    r1=$(ticks $REDIS); in1=$(redis_stat total_net_input_bytes); out1=$(redis_stat total_net_output_bytes)
    ncpu=""; for i in 0 1 2; do ncpu+="$(pct $(( $(ticks "${NODES[$i]}") - ${n0[$i]} )))% "; done
    size=$(redis-cli -p $REDIS_PORT STRLEN socketscope:presence:node-0 | tr -d '\r')
    read_size=$((2 * size))
    [ $ONLY_FIRST = 1 ] && read_size="$size (node-1, node-2)"
    printf '%-7s %-15s %-15s %-17s %-10s %-22s %-14s %s\n' "$N" "$size" "$read_size" \
        "$(( (in1 - in0) / MEASURE / 1024 ))/$(( (out1 - out0) / MEASURE / 1024 )) KiB/s" \
        "$(pct $((r1 - r0)))%" "$ncpu" "$(pct $((a1 - a0)))%" "$(cut -d' ' -f1 /proc/loadavg)"
    stop_all
done
