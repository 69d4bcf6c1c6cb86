#!/usr/bin/env bash
# What a storm of bans costs other traffic: N logged-in idle connections, paced echo on 50 more,
# measured once quietly and once while another process bans and unbans an unrelated user (bob,
# who has no connection) as fast as it can.
#
#   bench/ban-storm.sh N [--cli]        e.g. bench/ban-storm.sh 10000
#
# SocketScope headless (build-release) on CPU 0; the load generator on CPU 1 holds N connections
# of john_doe on /ws/subscribe/bench (they get nothing while idle) and runs 2,000 msg/s of echo
# on 50 other connections for 12 s, printing its latency; the ban writer runs on CPU 1 too. Issue 13 item 3: each ban used to re-check every connection with SQL queries in the
# network thread. docs/performance.md, change 8.
set -euo pipefail
N=${1:?usage: bench/ban-storm.sh N}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT=18722
DB="$WORK/db.sqlite"
taskset -c 0 "$SS" --headless --port $PORT --db "$DB" "${SS_BENCH_ARGS[@]}" --heartbeat-interval 0 \
    > "$WORK/server.log" 2>&1 &
SPID=$!
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
taskset -c 1 "$LG" idle --connections "$N" --hold 600 --connect-concurrency 256 --src-addrs 16 \
    --setup-timeout 120 --port $PORT --path "/ws/subscribe/bench?token=secret-token" > "$WORK/idle.json" 2>&1 &
# Wait until the server holds them all.
for _ in $(seq 1 240); do
    n=$(curl -s "http://127.0.0.1:$PORT/healthz" | sed -n 's/.*"connections":\([0-9]*\).*/\1/p')
    [ "${n:-0}" -ge "$N" ] && break
    sleep 0.5
done
echo "connections open: ${n:-0}"
echo_run() {
    taskset -c 1 "$LG" echo --connections 50 --rate 2000 --inflight 1 --duration 12 --warmup 0.5 --port $PORT \
        --label "$1" --watch "server:$SPID" 2>&1 >/dev/null | tail -1
}
echo_run "quiet, $N logged in"
# The storm: what `socketscope ban bob --for 1h` / `unban bob` write (ban row, audit row, revision
# bump, one transaction each), from one Python process so that starting a process per ban does
# not take CPU 1 from the load generator. `--cli` uses the real command instead.
if [ "${2:-}" = "--cli" ]; then
(
    end=$((SECONDS + 14)); bans=0
    while [ $SECONDS -lt $end ]; do
        taskset -c 1 "$SS" ban bob --for 1h --db "$DB" > /dev/null
        taskset -c 1 "$SS" unban bob --db "$DB" > /dev/null
        bans=$((bans + 2))
    done
    echo "ban storm (socketscope ban/unban): $bans bans and unbans in 14 s" > "$WORK/storm.txt"
) &
else
taskset -c 1 python3 - "$DB" > "$WORK/storm.txt" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
end = time.time() + 14
n = 0
while time.time() < end:
    now = int(time.time())
    db.execute("BEGIN IMMEDIATE")
    if n % 2 == 0:
        db.execute("INSERT INTO bans(user_id, until, reason, created_at) VALUES(2, ?, '', ?) "
                   "ON CONFLICT(user_id) DO UPDATE SET until = excluded.until", (now + 3600, now))
        kind = "ban"
    else:
        db.execute("DELETE FROM bans WHERE user_id = 2")
        kind = "unban"
    db.execute("INSERT INTO audit(time_ms, kind, user_id, user_name, actor, detail) VALUES(?, ?, 2, 'bob', 'bench', '')",
               (int(time.time() * 1000), kind))
    db.execute("UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'")
    db.execute("COMMIT")
    n += 1
    time.sleep(0.01)
print(f"ban storm (one writer process): {n} bans and unbans in 14 s")
PY
fi
STORM=$!
echo_run "ban storm, $N logged in"
wait $STORM
cat "$WORK/storm.txt"
grep -c "credential no longer valid" "$WORK/server.log" | sed 's/^/connections closed by the re-checks: /' || true
curl -s "http://127.0.0.1:$PORT/metrics" | grep '^socketscope_credential_rechecks_total' || true
