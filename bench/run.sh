#!/usr/bin/env bash
# SocketScope benchmark suite: SocketScope (headless and with its window) against a plain
# QWebSocketServer, Node `ws` and FastAPI/uvicorn, in one run, side by side.
#
#   bench/run.sh [--quick] [--only NAME[,NAME…]] [--out FILE]
#
# Installs what is missing (apt, npm ci), builds the load generator, the Qt peer and a Release
# SocketScope (build-release/, if missing), then for each server: starts it pinned to CPU 0,
# runs the scenarios with the load generator pinned to CPU 1, stops it. Prints one table and
# writes every measurement to bench/results/<date>.json. Never part of ctest.
#
# Servers (names for --only): ss-headless ss-gui ss-poll qt-default qt-noglib node-ws fastapi
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
MODE=full
ONLY=""
OUT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) MODE=quick ;;
        --only) ONLY="$2"; shift ;;
        --out) OUT="$2"; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- 1. what the suite needs -----------------------------------------------------------------
# One list for the project and its benchmarks (scripts/check-deps.sh keeps it honest).
"$ROOT/scripts/install-deps.sh" --bench
if [ ! -d "$BENCH/peers/node/node_modules/ws" ]; then
    log "npm ci (bench/peers/node)"
    (cd "$BENCH/peers/node" && npm ci --no-audit --no-fund --silent)
fi

# --- 2. builds (Release) -----------------------------------------------------------------------
JOBS=$(nproc)
log "building the load generator and the Qt peer"
cmake -S "$BENCH/loadgen" -B "$ROOT/build-bench/loadgen" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$ROOT/build-bench/loadgen" -j"$JOBS" >/dev/null
cmake -S "$BENCH/peers/qt" -B "$ROOT/build-bench/qtpeer" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$ROOT/build-bench/qtpeer" -j"$JOBS" >/dev/null
SS="$ROOT/build-release/app/socketscope"
if [ ! -x "$SS" ]; then
    log "building SocketScope (Release) into build-release/"
    cmake -S "$ROOT" -B "$ROOT/build-release" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$ROOT/build-release" --target socketscope -j"$JOBS" >/dev/null
fi
LG="$ROOT/build-bench/loadgen/loadgen"
QTPEER="$ROOT/build-bench/qtpeer/qtpeer"

# --- 3. limits, scratch, cleanup -----------------------------------------------------------------
# Every server and the load generator need one descriptor per connection: raise the soft limit
# to the hard one (and try higher; a container may forbid it).
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
FD_LIMIT=$(ulimit -n)
log "open files limit: $FD_LIMIT"

WORK=$(mktemp -d /tmp/socketscope-bench.XXXXXX)
cut -d' ' -f1-3 /proc/loadavg > "$WORK/load_start"
RAW="$WORK/runs.jsonl"
: > "$RAW"
SERVERS_JSON="$WORK/servers.jsonl"
: > "$SERVERS_JSON"
declare -a STARTED_PIDS=()

stop_pid() {   # stop_pid PID: SIGTERM, wait up to 10 s, then SIGKILL
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    log "pid $pid ignored SIGTERM; killing"
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local i
    for (( i=${#STARTED_PIDS[@]}-1; i>=0; i-- )); do stop_pid "${STARTED_PIDS[$i]}"; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Scheduling: servers on CPU 0, the load generator on CPU 1, both at nice -15 so that other
# work on a shared machine takes as little of their time as the kernel allows. Threads inherit
# both from the process they start in.
PRIO=(nice -n -15)
"${PRIO[@]}" true 2>/dev/null || PRIO=()
ON_SERVER_CPU=("${PRIO[@]}" taskset -c 0)
ON_LOADGEN_CPU=("${PRIO[@]}" taskset -c 1)

# --- 4. scenario sizes ---------------------------------------------------------------------------
if [ "$MODE" = quick ]; then
    ECHO_S=3; FAN_S=3; RATE_S=3; HOLD_S=3; CHURN_S=3; WARM=0.5; PACED_S=3
else
    ECHO_S=10; FAN_S=8; RATE_S=10; HOLD_S=10; CHURN_S=10; WARM=1; PACED_S=8
fi
ECHO_C=1000; FAN_C=1000; IDLE_C=10000; CHURN_R=300; PACED_C=5000; PACED_R=20000
# The most this machine's descriptor limit allows on one server process (fds of its own aside).
IDLE_MAX_C=$(( FD_LIMIT - 500 )); [ "$IDLE_MAX_C" -gt 50000 ] && IDLE_MAX_C=50000

port_pid() {   # the pid listening on 127.0.0.1:$1, or nothing
    ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
wait_port() {   # wait_port PORT SECONDS → prints the pid
    local port=$1 tries=$(( $2 * 10 )) pid
    for _ in $(seq 1 "$tries"); do
        pid=$(port_pid "$port")
        if [ -n "$pid" ]; then echo "$pid"; return 0; fi
        sleep 0.1
    done
    return 1
}

# lg NAME CASE SCENARIO [loadgen options…]: one load generator run against server NAME.
lg() {
    local name=$1 tcase=$2 scen=$3; shift 3
    local watch=(--watch "server:$SERVER_PID")
    [ -n "${AUX_PID:-}" ] && watch+=(--watch "$AUX_NAME:$AUX_PID")
    local out best="" best_stolen=9 rc=0 attempt stolen
    # A shared machine: if others took more than 15% of CPU 0 (the server's) or CPU 1 (the load
    # generator's) while we measured, measure again (twice at most) and keep the attempt that
    # others disturbed least. The JSON keeps "stolen_cpu0", "stolen_cpu1" and "attempts".
    for attempt in 1 2 3; do
        rc=0
        out=$("${ON_LOADGEN_CPU[@]}" "$LG" "$scen" --port "$PORT" --label "$name" --case "$tcase" \
            "${watch[@]}" "$@") || rc=$?
        [ -n "$out" ] || break
        out=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys
r=json.load(sys.stdin); c=r.get("cpu",{}); b=r.get("core_busy",{})
r["stolen_cpu0"]=round(max(0.0, b.get("cpu0",0)-max(0,c.get("server",0))-max(0,c.get("xvfb",0))),3)
r["stolen_cpu1"]=round(max(0.0, b.get("cpu1",0)-max(0,c.get("loadgen",0))),3)
r["attempts"]=int(sys.argv[1]); print(json.dumps(r))' "$attempt")
        stolen=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys
r=json.load(sys.stdin); print(max(r["stolen_cpu0"], r["stolen_cpu1"]))')
        if /usr/bin/python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)' "$stolen" "$best_stolen"; then
            best=$out; best_stolen=$stolen
        fi
        if /usr/bin/python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > 0.15 else 1)' "$stolen" && [ "$attempt" -lt 3 ]; then
            log "$name $tcase: other processes used ${stolen} of a benchmark CPU; measuring again"
            sleep 2
            continue
        fi
        break
    done
    [ -n "$best" ] && out=$best
    if [ -n "$out" ]; then
        printf '%s\n' "$out" >> "$RAW"
    else
        printf '{"label":"%s","case":"%s","scenario":"%s","ok":false,"errors_total":1,"errors":{"loadgen_exit_%s":1}}\n' \
            "$name" "$tcase" "$scen" "$rc" >> "$RAW"
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        log "$name died during $tcase"
        return 1
    fi
    return 0
}

run_common() {   # the scenarios every server runs
    local n=$1
    lg "$n" echo_1000 echo --connections $ECHO_C --payload 32 --inflight 1 --duration $ECHO_S --warmup $WARM || return 1
    lg "$n" fanout_max_1000 fanout --connections $FAN_C --duration $FAN_S --warmup $WARM || return 1
    lg "$n" fanout_50hz_1000 fanout --connections $FAN_C --rate 50 --duration $RATE_S --warmup $WARM || return 1
    lg "$n" idle_10000 idle --connections $IDLE_C --hold $HOLD_S --connect-concurrency 256 || return 1
    lg "$n" churn_echo churn --rate $CHURN_R --duration $CHURN_S || return 1
}
run_socketscope_extra() {   # SocketScope-only endpoints (auth'd churn, connection manager, paced echo)
    local n=$1
    lg "$n" churn_auth churn --rate $CHURN_R --duration $CHURN_S --path '/ws?token=secret-token' \
        --expect 'User 123: churn' || return 1
    lg "$n" fanout_cm_max_1000 fanout --mode cm --connections $FAN_C --duration $FAN_S --warmup $WARM || return 1
    lg "$n" echo_paced_5000 echo --connections $PACED_C --rate $PACED_R --inflight 4 --duration $PACED_S \
        --warmup $WARM || return 1
}

record_server() {   # name, command line, notes
    /usr/bin/python3 - "$1" "$2" "$3" >> "$SERVERS_JSON" <<'EOF'
import json, sys
print(json.dumps({"name": sys.argv[1], "command": sys.argv[2], "notes": sys.argv[3]}))
EOF
}

selected() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

SS_ARGS=(--rate-limit 1000000 --rate-window 1s --max-connections 1000000 --max-per-address 1000000 --connect-rate 0
         --heartbeat-interval 0)

# start_server NAME PORT CMD…: starts, records the pid, waits for the port.
start_server() {
    local name=$1; PORT=$2; shift 2
    log "=== $name (port $PORT)"
    "$@" > "$WORK/$name.log" 2>&1 &
    LAUNCH_PID=$!
    STARTED_PIDS+=("$LAUNCH_PID")
    if ! SERVER_PID=$(wait_port "$PORT" 60); then
        log "$name did not start; log:"; tail -20 "$WORK/$name.log" >&2
        record_server "$name" "$*" "did not start: $(tail -3 "$WORK/$name.log" | tr '\n' ' ')"
        stop_pid "$LAUNCH_PID"
        return 1
    fi
    STARTED_PIDS+=("$SERVER_PID")
    sleep 0.5
}
finish_server() {   # finish_server NAME NOTES
    local name=$1 notes=$2
    [ -n "$SERVER_PID" ] && stop_pid "$SERVER_PID"
    stop_pid "$LAUNCH_PID"
    [ -n "${AUX_PID:-}" ] && stop_pid "$AUX_PID"
    wait "$LAUNCH_PID" 2>/dev/null || true
    local lag
    lag=$(grep -a -o 'gui-lag.*' "$WORK/$name.log" | tail -1 || true)
    [ -n "$lag" ] && notes="$notes; $lag"
    record_server "$name" "$LAST_CMD" "$notes"
    AUX_PID=""; AUX_NAME=""; SERVER_PID=""
    sleep 1
}

BASE_PORT=18600
AUX_PID=""; AUX_NAME=""; SERVER_PID=""; LAST_CMD=""

if selected ss-headless; then
    LAST_CMD="$SS --headless --port $((BASE_PORT+1)) --db DB ${SS_ARGS[*]}"
    if start_server ss-headless $((BASE_PORT+1)) "${ON_SERVER_CPU[@]}" "$SS" --headless --port $((BASE_PORT+1)) \
            --db "$WORK/ss-headless.sqlite" "${SS_ARGS[@]}"; then
        run_common ss-headless && run_socketscope_extra ss-headless && \
            { [ "$MODE" = quick ] || lg ss-headless "idle_max_$IDLE_MAX_C" idle --connections $IDLE_MAX_C \
                --hold $HOLD_S --src-addrs 16 --setup-timeout 120; } || true
        finish_server ss-headless "Release build, one server thread"
    fi
fi

if selected ss-gui; then
    XDG="$WORK/gui-home"; mkdir -p "$XDG/config" "$XDG/data"
    LAST_CMD="xvfb-run $SS --port $((BASE_PORT+2)) --db DB ${SS_ARGS[*]} (SOCKETSCOPE_LAG_REPORT=1)"
    if start_server ss-gui $((BASE_PORT+2)) env SOCKETSCOPE_LAG_REPORT=1 XDG_CONFIG_HOME="$XDG/config" \
            XDG_DATA_HOME="$XDG/data" "${ON_SERVER_CPU[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$SS" --port $((BASE_PORT+2)) --db "$WORK/ss-gui.sqlite" "${SS_ARGS[@]}"; then
        AUX_PID=$(pgrep -P "$LAUNCH_PID" -x Xvfb | head -1 || true)
        # env → nice → taskset → xvfb-run exec in turn, so LAUNCH_PID is xvfb-run itself.
        [ -n "$AUX_PID" ] && AUX_NAME=xvfb && STARTED_PIDS+=("$AUX_PID")
        run_common ss-gui && run_socketscope_extra ss-gui || true
        finish_server ss-gui "window open on Xvfb (same CPU 0), snapshots at 4 Hz"
    fi
fi

if selected ss-poll; then
    # The lever of the epoll dispatcher, measured in the same run: the same binary on Qt's poll().
    LAST_CMD="SOCKETSCOPE_DISPATCHER=poll $SS --headless --port $((BASE_PORT+7)) --db DB ${SS_ARGS[*]}"
    if start_server ss-poll $((BASE_PORT+7)) env SOCKETSCOPE_DISPATCHER=poll "${ON_SERVER_CPU[@]}" "$SS" --headless \
            --port $((BASE_PORT+7)) --db "$WORK/ss-poll.sqlite" "${SS_ARGS[@]}"; then
        run_common ss-poll && lg ss-poll echo_paced_5000 echo --connections $PACED_C --rate $PACED_R --inflight 4 \
            --duration $PACED_S --warmup $WARM || true
        finish_server ss-poll "the ss-headless binary with Qt's poll() dispatcher in the server thread (SOCKETSCOPE_DISPATCHER=poll)"
    fi
fi

if selected qt-default; then
    LAST_CMD="$QTPEER --port $((BASE_PORT+3))"
    if start_server qt-default $((BASE_PORT+3)) env -u QT_NO_GLIB "${ON_SERVER_CPU[@]}" "$QTPEER" \
            --port $((BASE_PORT+3)); then
        run_common qt-default || true
        finish_server qt-default "plain QWebSocketServer, Qt's default (glib) event dispatcher"
    fi
fi

if selected qt-noglib; then
    LAST_CMD="QT_NO_GLIB=1 $QTPEER --port $((BASE_PORT+4))"
    if start_server qt-noglib $((BASE_PORT+4)) env QT_NO_GLIB=1 "${ON_SERVER_CPU[@]}" "$QTPEER" \
            --port $((BASE_PORT+4)); then
        run_common qt-noglib || true
        finish_server qt-noglib "plain QWebSocketServer, QT_NO_GLIB=1 (Qt's own poll dispatcher)"
    fi
fi

if selected node-ws; then
    LAST_CMD="node bench/peers/node/server.js --port $((BASE_PORT+5))"
    if start_server node-ws $((BASE_PORT+5)) "${ON_SERVER_CPU[@]}" node "$BENCH/peers/node/server.js" \
            --port $((BASE_PORT+5)); then
        run_common node-ws || true
        finish_server node-ws "node $(node --version), ws $(node -p "require('$BENCH/peers/node/node_modules/ws/package.json').version")"
    fi
fi

if selected fastapi; then
    LAST_CMD="/usr/bin/python3 -m uvicorn app:app --app-dir bench/peers/fastapi --host 127.0.0.1 --port $((BASE_PORT+6)) --log-level warning"
    if start_server fastapi $((BASE_PORT+6)) "${ON_SERVER_CPU[@]}" /usr/bin/python3 -m uvicorn app:app \
            --app-dir "$BENCH/peers/fastapi" --host 127.0.0.1 --port $((BASE_PORT+6)) --log-level warning; then
        run_common fastapi || true
        finish_server fastapi "$(/usr/bin/python3 -c 'import fastapi,uvicorn,websockets;print("fastapi",fastapi.__version__,"uvicorn",uvicorn.__version__,"websockets",websockets.__version__)'), one worker"
    fi
fi

# --- 5. results ------------------------------------------------------------------------------------
mkdir -p "$BENCH/results"
[ -n "$OUT" ] || OUT="$BENCH/results/$(date +%Y-%m-%d-%H%M%S)-$MODE.json"
/usr/bin/python3 "$BENCH/report.py" --collect "$RAW" "$SERVERS_JSON" --mode "$MODE" --fd-limit "$FD_LIMIT" \
    --load-start "$(cat "$WORK/load_start")" --command "bench/run.sh${ONLY:+ --only $ONLY}$([ "$MODE" = quick ] && echo ' --quick')" \
    --out "$OUT"
/usr/bin/python3 "$BENCH/report.py" --table "$OUT"
log "results: $OUT"
