#!/usr/bin/env bash
# What N idle connections cost SocketScope per thread, with the window open (or --headless).
#
#   bench/idle-cost.sh N [--headless] [-- extra socketscope options]
#
# Starts build-release/app/socketscope on CPU 0 (under xvfb-run unless --headless), holds N idle
# connections with the load generator on CPU 1 (16 loopback source addresses), and prints the CPU
# of each thread over 10 s of the hold, from /proc/<pid>/task/*/stat. Needs what bench/run.sh
# builds (run it once first). docs/performance.md, "Delta snapshots".
set -euo pipefail
N=${1:?usage: bench/idle-cost.sh N [--headless] [-- options]}; shift
HEADLESS=0
[ "${1:-}" = --headless ] && { HEADLESS=1; shift; }
[ "${1:-}" = -- ] && shift
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT=18720
trap 'kill $(jobs -p) 2>/dev/null; [ -n "${SPID:-}" ] && kill "$SPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
ARGS=(--port $PORT --db "$WORK/db.sqlite" "${SS_BENCH_ARGS[@]}" --heartbeat-interval 0 "$@")
if [ "$HEADLESS" = 1 ]; then
    taskset -c 0 "$SS" --headless "${ARGS[@]}" > "$WORK/server.log" 2>&1 &
else
    mkdir -p "$WORK/config" "$WORK/data"
    env SOCKETSCOPE_LAG_REPORT=1 XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" taskset -c 0 \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$SS" "${ARGS[@]}" > "$WORK/server.log" 2>&1 &
fi
SPID=""
for _ in $(seq 100); do
    SPID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    [ -n "$SPID" ] && break
    sleep 0.2
done
[ -n "$SPID" ] || { echo "idle-cost.sh: the server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
sleep 2
taskset -c 1 "$LG" idle --connections "$N" --hold 25 --connect-concurrency 256 --src-addrs 16 \
    --setup-timeout 120 --port $PORT > "$WORK/idle.json" 2>/dev/null &
sleep 12
ticks() { for t in /proc/"$SPID"/task/*; do echo "$(basename "$t") $(cat "$t/comm" | tr ' ' _) $(awk '{print $14+$15}' "$t/stat")"; done | sort; }
ticks > "$WORK/t0"; sleep 10; ticks > "$WORK/t1"
echo "$N idle connections, $([ "$HEADLESS" = 1 ] && echo headless || echo window open): CPU of one core over 10 s, by thread"
join "$WORK/t0" "$WORK/t1" | awk -v hz="$(getconf CLK_TCK)" '{d=$5-$3; if (d>0) printf "  %-16s %.1f%%\n", $2, 100*d/(10*hz)}'
wait %2 2>/dev/null || true
grep -q '"errors_total": *0' "$WORK/idle.json" || echo "  (the load generator reported errors: $(grep -o '"errors_total": *[0-9]*' "$WORK/idle.json"))"
