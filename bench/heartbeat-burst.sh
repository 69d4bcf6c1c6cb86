#!/usr/bin/env bash
# What heartbeats cost other traffic: N idle connections and paced echo on 50 more.
#
#   bench/heartbeat-burst.sh N INTERVAL     e.g. bench/heartbeat-burst.sh 19000 2s   (INTERVAL 0: off)
#
# SocketScope headless (build-release) on CPU 0 with --heartbeat-interval INTERVAL; the load
# generator on CPU 1 holds N idle connections (they answer pings) and runs 2,000 msg/s of echo on
# 50 other connections for 12 s, printing its latency. docs/performance.md, change 7.
set -euo pipefail
N=${1:?usage: bench/heartbeat-burst.sh N INTERVAL}; HB=${2:?usage: bench/heartbeat-burst.sh N INTERVAL}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT=18721
taskset -c 0 "$SS" --headless --port $PORT --db "$WORK/db.sqlite" "${SS_BENCH_ARGS[@]}" \
    --heartbeat-interval "$HB" > "$WORK/server.log" 2>&1 &
SPID=$!
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
taskset -c 1 "$LG" idle --connections "$N" --hold 30 --connect-concurrency 256 --src-addrs 16 \
    --setup-timeout 120 --port $PORT > "$WORK/idle.json" 2>/dev/null &
sleep 8
taskset -c 1 "$LG" echo --connections 50 --rate 2000 --inflight 1 --duration 12 --warmup 0.5 --port $PORT \
    --label "heartbeat $HB, $N idle" --watch "server:$SPID" 2>&1 >/dev/null | tail -1
