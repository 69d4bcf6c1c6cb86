#!/usr/bin/env bash
# Server memory (VmRSS) under clients that never read: ping flood, a never-reader on every
# endpoint, and broadcasts over the cap (bench/memory.py). Each scenario gets a fresh server,
# build-release/app/socketscope --headless on CPU 0 with --slow-consumer-bytes 1 MiB and
# --max-message-size 4 MiB. Needs what bench/run.sh builds. docs/performance.md, "Memory".
#
#   bench/memory.sh [ping-flood|never-readers|broadcast ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT=18790
trap '[ -n "${SPID:-}" ] && kill "$SPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(ping-flood never-readers broadcast)
for scenario in "${SCENARIOS[@]}"; do
    rm -f "$WORK/db.sqlite"
    taskset -c 0 "$SS" --headless --port $PORT --db "$WORK/db.sqlite" "${SS_BENCH_ARGS[@]}" --heartbeat-interval 0 \
        --slow-consumer-bytes 1048576 --max-message-size 4194304 > "$WORK/server.log" 2>&1 &
    SPID=$!
    for _ in $(seq 100); do
        ss -ltnH "sport = :$PORT" | grep -q . && break
        sleep 0.1
    done
    PORT=$PORT SPID=$SPID taskset -c 1 python3 "$ROOT/bench/memory.py" "$scenario"
    echo "    server: $(grep -c 'slow consumer' "$WORK/server.log" || true) slow-consumer closes"
    kill "$SPID"; wait "$SPID" 2>/dev/null || true; SPID=""
done
