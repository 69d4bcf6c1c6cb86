#!/usr/bin/env bash
# What watchers (/ws/admin `watch`, SPEC §8) cost a busy headless server: server CPU with 0, 1 and
# 5 watchers while C echo connections carry R messages/s in all.
#
#   bench/watch-cost.sh [C [R]]        (defaults: 5000 connections, 20000 msg/s)
#
# The server (build/app/socketscope unless SS is set) runs --headless pinned to CPU 0; the load
# generator (build-bench/loadgen/loadgen; bench/run.sh builds it) and the watchers, which are
# `socketscope client` processes sending {"type":"watch"} and throwing the snapshots away, run on
# CPU 1. For each watcher count: a fresh server, 3 s of load, then the server's CPU from
# /proc/PID/stat (utime+stime) over 15 s of load, read by the load generator (--watch).
# docs/performance.md, "Watchers".
set -euo pipefail
C=${1:-5000}
R=${2:-20000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SS=${SS:-$ROOT/build/app/socketscope}
LG=${LG:-$ROOT/build-bench/loadgen/loadgen}
for f in "$SS" "$LG"; do
    [ -x "$f" ] || { echo "watch-cost.sh: $f is missing (build it, or bench/run.sh once)" >&2; exit 2; }
done
ulimit -n "$(ulimit -Hn)"
WORK=$(mktemp -d /tmp/socketscope-watch-cost.XXXXXX)
PORT=18730
cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

run_case() { # run_case WATCHERS
    local w=$1 spid="" i json
    taskset -c 0 "$SS" --headless --port $PORT --db "$WORK/db-$w.sqlite" --heartbeat-interval 0 \
        --rate-limit 1000000 --rate-window 1s --max-connections 1000000 --max-per-address 1000000 \
        --connect-rate 0 > "$WORK/server-$w.log" 2>&1 &
    spid=$!
    for _ in $(seq 100); do
        ss -ltnH "sport = :$PORT" | grep -q . && break
        sleep 0.2
    done
    for i in $(seq "$w"); do
        { echo '{"type":"watch"}'; sleep 120; } | taskset -c 1 "$SS" client "ws://127.0.0.1:$PORT/ws/admin" \
            --auth header --token valid-token > "$WORK/watcher-$w-$i.out" 2>/dev/null &
    done
    # The load generator reads the server's utime+stime from /proc/PID/stat over its measured 15 s.
    taskset -c 1 "$LG" echo --connections "$C" --rate "$R" --duration 15 --warmup 3 --src-addrs 16 \
        --setup-timeout 120 --port $PORT --watch "server:$spid" > "$WORK/load-$w.json" 2>"$WORK/load-$w.err" || true
    local bytes=0 rate cpu busy
    for i in $(seq "$w"); do
        bytes=$((bytes + $(stat -c %s "$WORK/watcher-$w-$i.out")))
    done
    json=$(cat "$WORK/load-$w.json")
    rate=$(grep -o '"msgs_per_s":[0-9.]*' <<<"$json" | cut -d: -f2)
    cpu=$(grep -o '"cpu":{"server":[0-9.]*' <<<"$json" | cut -d: -f3)
    busy=$(grep -o '"cpu0":[0-9.]*' <<<"$json" | cut -d: -f2)
    awk -v w="$w" -v cpu="${cpu:-0}" -v rate="${rate:-0}" -v busy="${busy:-0}" -v bytes="$bytes" 'BEGIN {
        printf "%d watcher(s): server CPU %.1f%% of one core; echo %.0f msg/s achieved; CPU 0 busy %.0f%% (all processes); %.1f MB of snapshots to the watchers\n",
            w, 100 * cpu, rate, 100 * busy, bytes / 1e6 }'
    # A watcher that cannot keep up is closed as a slow consumer: say so.
    grep -h "Slow consumer" "$WORK/server-$w.log" | head -2 || true
    kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
    kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true
}

echo "watch-cost: $C echo connections, $R msg/s requested, $(nproc) CPUs ($(uname -m)), server on CPU 0"
for w in 0 1 5; do
    run_case "$w"
done
