#!/usr/bin/env bash
# Does a real browser see SocketScope's server-initiated closes as clean (SPEC §7)? Headless
# Debian Chromium (driven by playwright-core, bench/wasclean/) opens WebSockets from a page and
# records code, reason and wasClean of every close event.
#
#   bench/wasclean.sh [--n N] [--out FILE]
#
# Cases, N tries each: wrong token, unknown endpoint, kick by an admin over /ws/admin, over the
# rate limit then kicked, message too big (one server run), and server stop (a separate server
# per try). Uses the RelWithDebInfo build in build/ (builds the socketscope target if missing).
# Prints one table and writes bench/results/<date>-wasclean.json. Never part of ctest.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
N=50
OUT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --n) N="$2"; shift ;;
        --out) OUT="$2"; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "wasclean.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
log() { printf '[wasclean %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

"$ROOT/scripts/install-deps.sh" --bench
if [ ! -d "$BENCH/wasclean/node_modules/playwright-core" ]; then
    log "npm ci (bench/wasclean)"
    (cd "$BENCH/wasclean" && npm ci --no-audit --no-fund --silent)
fi
SS="$ROOT/build/app/socketscope"
if [ ! -x "$SS" ]; then
    log "building socketscope (RelWithDebInfo) into build/"
    cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$ROOT/build" --target socketscope >/dev/null
fi

WORK=$(mktemp -d /tmp/socketscope-wasclean.XXXXXX)
RAW="$WORK/tries.jsonl"
: > "$RAW"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_server() {   # start_server PORT DB LOG: headless SocketScope, waits until /healthz answers
    "$SS" --headless --port "$1" --db "$2" --rate-limit 2 --rate-window 1s --connect-rate 0 2>"$3" &
    SERVER_PID=$!
    local i
    for i in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$3" >&2; return 1; }
        sleep 0.1
    done
    echo "wasclean.sh: server did not come up on port $1" >&2; cat "$3" >&2; return 1
}
stop_server() {
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

PORT=$(free_port)
log "SocketScope on port $PORT: $N tries per case"
start_server "$PORT" "$WORK/main.db" "$WORK/server.log"
node "$BENCH/wasclean/driver.mjs" "$PORT" "$N" \
    wrong_token,unknown_endpoint,kick,rate_limited_then_kick,too_big >> "$RAW"
stop_server

log "server stop: $N separate server runs"
for i in $(seq 1 "$N"); do
    PORT=$(free_port)
    start_server "$PORT" "$WORK/stop.db" "$WORK/stop.log"
    coproc DRIVER { node "$BENCH/wasclean/driver.mjs" --stop "$PORT"; }
    read -r line <&"${DRIVER[0]}"
    [ "$line" = ready ] || { echo "wasclean.sh: driver said: $line" >&2; exit 1; }
    stop_server
    echo go >&"${DRIVER[1]}"
    read -r line <&"${DRIVER[0]}"
    echo "$line" >> "$RAW"
    driver_pid=$DRIVER_PID
    exec {DRIVER[0]}<&- {DRIVER[1]}>&-
    wait "$driver_pid" 2>/dev/null || true
done

[ -n "$OUT" ] || OUT="$BENCH/results/$(date -u +%Y-%m-%d-%H%M%S)-wasclean.json"
python3 - "$RAW" "$OUT" "$N" <<'PY'
import json, sys, platform, os, collections
raw, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
tries = [json.loads(l) for l in open(raw) if l.strip()]
cases = collections.OrderedDict()
for t in tries:
    c = cases.setdefault(t['case'], {'tries': 0, 'wasClean_true': 0, 'wasClean_false': 0, 'no_close': 0,
                                     'codes': collections.Counter(), 'reasons': collections.Counter()})
    c['tries'] += 1
    if t['wasClean'] is True: c['wasClean_true'] += 1
    elif t['wasClean'] is False: c['wasClean_false'] += 1
    else: c['no_close'] += 1
    c['codes'][str(t['code'])] += 1
    c['reasons'][t['reason']] += 1
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
doc = {'benchmark': 'wasclean', 'tries_per_case': n,
       'browser': tries[0]['browser'] if tries else None,
       'machine': {'cpu': cpu, 'cores': os.cpu_count(), 'note': 'cores shared with other work',
                   'kernel': platform.release()},
       'cases': {k: {**v, 'codes': dict(v['codes']), 'reasons': dict(v['reasons'])} for k, v in cases.items()},
       'tries': tries}
with open(out, 'w') as f: json.dump(doc, f, indent=1)
print(f"{'case':<24} {'tries':>5} {'clean':>5} {'unclean':>7} {'none':>4}  codes / reasons")
for k, v in cases.items():
    codes = ', '.join(f'{c}×{m}' for c, m in v['codes'].items())
    reasons = ', '.join(f'"{r}"×{m}' for r, m in v['reasons'].items())
    print(f"{k:<24} {v['tries']:>5} {v['wasClean_true']:>5} {v['wasClean_false']:>7} {v['no_close']:>4}  {codes}; {reasons}")
print(f"results: {out}", file=sys.stderr)
PY
