#!/usr/bin/env bash
# Where one echo's CPU goes, in numbers that do not move with the machine's load: system calls
# per echo (strace -c) and, for SocketScope, user-space instructions per echo (callgrind).
#
#   bench/echo-cost.sh strace SERVER      SERVER: ss-headless | qt-noglib | node-ws
#   bench/echo-cost.sh callgrind          (SocketScope only)
#
# The load is `loadgen echo --connections 1000 --payload 32 --inflight 1` (bench/run.sh's
# echo_1000). With one message in flight per connection every read carries exactly one message,
# so strace's counts are divided by the number of reads. callgrind runs the server under
# valgrind, zeroes its counters after 25 s of load (setup done) and dumps them 15 s later (before
# teardown); instructions per echo = all instructions of the process in that window ÷ the calls
# of Server::sessionMessage in it. SS_OVERRIDE=path picks another SocketScope binary.
# docs/performance.md, "Echo's CPU per message".
set -euo pipefail
MODE=${1:?usage: echo-cost.sh strace SERVER | callgrind}
WHO=${2:-ss-headless}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SS=${SS_OVERRIDE:-$SS}
QTPEER="$ROOT/build-bench/qtpeer/qtpeer"
PORT=18740
SPID=""
cleanup() {
    [ -n "$SPID" ] && kill "$SPID" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

server_cmd() {
    case "$WHO" in
        ss-headless) echo "$SS" --headless --port $PORT --db "$WORK/db.sqlite" "${SS_BENCH_ARGS[@]}" --heartbeat-interval 0 ;;
        qt-noglib) echo env QT_NO_GLIB=1 "$QTPEER" --port $PORT ;;
        node-ws) echo node "$ROOT/bench/peers/node/server.js" --port $PORT ;;
        *) echo "echo-cost.sh: unknown server $WHO" >&2; exit 2 ;;
    esac
}
wait_pid() {
    local pid=""
    for _ in $(seq 300); do
        pid=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
        [ -n "$pid" ] && { echo "$pid"; return 0; }
        sleep 0.2
    done
    return 1
}
load() {   # load SECONDS
    taskset -c 1 "$LG" echo --port $PORT --connections 1000 --payload 32 --inflight 1 --duration "$1" \
        --warmup 1 > "$WORK/loadgen.json" 2>/dev/null &
}

if [ "$MODE" = strace ]; then
    # shellcheck disable=SC2046
    taskset -c 0 $(server_cmd) > "$WORK/server.log" 2>&1 &
    SPID=$(wait_pid)
    load 12
    LGPID=$!
    sleep 4
    timeout -s INT 6 strace -c -f -p "$SPID" -o "$WORK/strace.txt" 2>/dev/null || true
    wait "$LGPID" || true
    /usr/bin/python3 - "$WORK/strace.txt" "$WHO" <<'EOF'
import sys
counts = {}
for line in open(sys.argv[1]):
    f = line.split()
    if len(f) >= 5 and f[-1].isidentifier() and f[3].isdigit():
        counts[f[-1]] = int(f[3])
reads = counts.get("read", 0) or counts.get("recvfrom", 0)
# futex, poll, restart_syscall: other threads waiting
shown = {k: v for k, v in counts.items() if k not in ("total", "futex", "poll", "restart_syscall")}
print(f"{sys.argv[2]}: {reads} reads (= echoes) while traced; system calls per echo:")
for name, n in sorted(shown.items(), key=lambda kv: -kv[1]):
    print(f"  {name:14s} {n / reads:6.3f}")
print(f"  {'all':14s} {sum(shown.values()) / reads:6.3f}")
EOF
elif [ "$MODE" = callgrind ]; then
    taskset -c 0 valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" \
        "$SS" --headless --port $PORT --db "$WORK/db.sqlite" "${SS_BENCH_ARGS[@]}" --heartbeat-interval 0 \
        > "$WORK/server.log" 2>&1 &
    SPID=$(wait_pid)
    load 45
    LGPID=$!
    sleep 25
    callgrind_control -z "$SPID" > /dev/null
    sleep 15
    callgrind_control -d "$SPID" > /dev/null
    wait "$LGPID" || true
    DUMP=$(ls "$WORK"/cg.out.* | tail -1)
    TOTAL=$(callgrind_annotate "$DUMP" | grep 'PROGRAM TOTALS' | awk '{print $1}' | tr -d ,)
    MSGS=$(callgrind_annotate --tree=calling --inclusive=yes "$DUMP" \
        | grep -E '^ *[0-9,]+ .*> .*Server::sessionMessage' | grep -o '([0-9,]*x)' | tr -d '(),x' \
        | awk '{s += $1} END {print s}')
    echo "ss-headless ($SS): $TOTAL instructions, $MSGS messages: $((TOTAL / MSGS)) instructions per echo"
else
    echo "echo-cost.sh: unknown mode $MODE" >&2
    exit 2
fi
