# Sourced by the small bench scripts (idle-cost.sh, heartbeat-burst.sh): paths to what
# bench/run.sh builds, the descriptor limit, and a scratch folder.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SS="$ROOT/build-release/app/socketscope"
LG="$ROOT/build-bench/loadgen/loadgen"
if [ ! -x "$SS" ] || [ ! -x "$LG" ]; then
    echo "$(basename "$0"): run bench/run.sh once to build $SS and $LG" >&2
    exit 2
fi
ulimit -n "$(ulimit -Hn)"
WORK=$(mktemp -d "/tmp/socketscope-$(basename "$0" .sh).XXXXXX")
# SocketScope options that take its own limits out of a measurement.
SS_BENCH_ARGS=(--rate-limit 1000000 --rate-window 1s --max-connections 1000000 --max-per-address 1000000 --connect-rate 0)
