#!/usr/bin/python3
"""Collects the load generator's JSON lines into one results file, and prints its tables.

    report.py --collect RUNS.jsonl SERVERS.jsonl --mode M --fd-limit N --load-start L \
              --command C --out FILE
    report.py --table FILE        (markdown tables on stdout)
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys

SERVERS = ["ss-headless", "ss-gui", "ss-poll", "qt-default", "qt-noglib", "node-ws", "fastapi"]


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception as e:  # the machine description is best effort; say what failed
        return f"unknown ({e})"


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    with open("/proc/loadavg") as f:
        load_end = " ".join(f.read().split()[:3])
    return {
        "nproc": int(sh("nproc") or 0),
        "cpu_model": model,
        "mem_gib": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "os": sh(". /etc/os-release && echo $PRETTY_NAME"),
        "qt": sh("dpkg-query -W -f='${Version}' libqt6websockets6 2>/dev/null"),
        "qt_core": sh("dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null"),
        "gcc": sh("g++ -dumpfullversion"),
        "node": sh("node --version"),
        "python": sh("/usr/bin/python3 --version"),
        "load_end": load_end,
    }


def collect(a):
    runs = []
    with open(a.collect[0]) as f:
        for line in f:
            line = line.strip()
            if line:
                try:
                    runs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    runs.append({"ok": False, "errors_total": 1, "errors": {"bad_json": 1}, "raw": line[:200],
                                 "parse_error": str(e)})
    servers = []
    with open(a.collect[1]) as f:
        for line in f:
            if line.strip():
                servers.append(json.loads(line))
    m = machine()
    m["load_start"] = a.load_start
    m["fd_limit"] = a.fd_limit
    doc = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "mode": a.mode,
        "command": a.command,
        "machine": m,
        "servers": servers,
        "runs": runs,
    }
    with open(a.out, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


def find(runs, label, case):
    for r in runs:
        if r.get("label") == label and r.get("case") == case:
            return r
    return None


def cpu(r, name="server"):
    v = (r or {}).get("cpu", {}).get(name)
    return None if v is None or v < 0 else v


def stolen(r):
    """Share of CPU 0 that neither the server nor Xvfb used while measuring (others' work)."""
    if r.get("stolen_cpu0") is not None:
        return r["stolen_cpu0"]
    b = (r.get("core_busy") or {}).get("cpu0", 0)
    return max(0.0, b - max(0, cpu(r) or 0) - max(0, cpu(r, "xvfb") or 0))


def stolen1(r):
    if r.get("stolen_cpu1") is not None:
        return r["stolen_cpu1"]
    b = (r.get("core_busy") or {}).get("cpu1", 0)
    return max(0.0, b - max(0, cpu(r, "loadgen") or 0))


def limiter(r, paced=False):
    """Whose CPU ran out, from the /proc/<pid>/stat deltas the load generator took."""
    if r is None:
        return "-"
    s, l = cpu(r) or 0, cpu(r, "loadgen") or 0
    x = cpu(r, "xvfb") or 0
    core0 = (r.get("core_busy") or {}).get("cpu0", 0)
    if s >= 0.9 and l >= 0.85:
        return "server CPU (loadgen near its limit too)"
    if s >= 0.9:
        return "server CPU"
    if s + x >= 0.9:
        return "server+Xvfb CPU"
    if l >= 0.9:
        return "loadgen CPU"
    if core0 >= 0.95 or stolen(r) > 0.15:
        return "CPU 0 shared"
    if stolen1(r) > 0.15:
        return "CPU 1 shared"
    return "paced" if paced else "latency-bound"


def fmt_num(v, unit=""):
    if v is None:
        return "–"
    if v >= 100000:
        return f"{v/1000:.0f}k{unit}"
    if v >= 10000:
        return f"{v/1000:.1f}k{unit}"
    return f"{v:.0f}{unit}"


def ms(us):
    return "–" if us is None else f"{us/1000:.1f}"


def err_mark(r):
    if r is None:
        return " (not run)"
    e = r.get("errors_total", 0)
    return "" if not e else f" ⚠{e:.0f} err"


def table(path):
    with open(path) as f:
        doc = json.load(f)
    runs = doc["runs"]
    labels = [s for s in SERVERS if any(r.get("label") == s for r in runs)]
    m = doc["machine"]
    out = []
    out.append(f"Run {doc['date']} ({doc['mode']}): `{doc['command']}`  ")
    out.append(f"{m['nproc']} × {m['cpu_model']}, {m['mem_gib']} GiB, kernel {m['kernel']}, Qt {m['qt']}, "
               f"{m['node']}, {m['python']}; load average {m['load_start']} → {m['load_end']}; "
               f"open-files limit {m['fd_limit']}")
    out.append("")
    out.append("| server | echo 1k conns msg/s | echo p50 / p99 ms | fan-out 1k max deliveries/s | "
               "fan-out 50 Hz p50 / p99 ms | idle 10k: open s | idle kB/conn | churn 300/s ok | churn p99 ms |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for lab in labels:
        e = find(runs, lab, "echo_1000")
        fm = find(runs, lab, "fanout_max_1000")
        fr = find(runs, lab, "fanout_50hz_1000")
        idl = find(runs, lab, "idle_10000")
        ch = find(runs, lab, "churn_echo")
        row = [lab]
        row.append(fmt_num((e or {}).get("msgs_per_s")) + err_mark(e))
        el = (e or {}).get("latency_us", {})
        row.append(f"{ms(el.get('p50'))} / {ms(el.get('p99'))}")
        row.append(fmt_num((fm or {}).get("deliveries_per_s")) + err_mark(fm))
        fl = (fr or {}).get("latency_us", {})
        row.append(f"{ms(fl.get('p50'))} / {ms(fl.get('p99'))}" + err_mark(fr))
        o = (idl or {}).get("open_s")
        row.append(("–" if o is None or o < 0 else f"{o:.2f}") + err_mark(idl))
        pc = (idl or {}).get("rss_per_conn_bytes")
        pc2 = (idl or {}).get("rss_per_conn_after_traffic_bytes")
        row.append("–" if pc is None or pc < 0 else f"{pc/1024:.1f} ({pc2/1024:.1f})")
        row.append("–" if ch is None else f"{ch.get('completed', 0):.0f}/{ch.get('started', 0):.0f}" + err_mark(ch))
        row.append(ms((ch or {}).get("latency_us", {}).get("p99")))
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    out.append("idle kB/conn: server VmRSS growth per connection after opening (and after one echo on each).")
    out.append("")

    # Who was saturated.
    out.append("| server | case | result | server CPU | loadgen CPU | CPU 0 busy | CPU 1 busy | others on CPU 0 / 1 | attempts | limited by |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for lab in labels:
        for r in runs:
            if r.get("label") != lab:
                continue
            case = r.get("case", "?")
            sc = r.get("scenario")
            if sc == "echo":
                res = f"{fmt_num(r.get('msgs_per_s'))} msg/s"
            elif sc == "fanout":
                res = f"{fmt_num(r.get('deliveries_per_s'))} deliv/s"
            elif sc == "idle":
                res = f"open {r.get('open_s', -1):.2f} s"
            elif sc == "churn":
                res = f"{r.get('cycles_per_s', 0):.0f} cycles/s"
            else:
                res = "?"
            res += err_mark(r)
            cb = r.get("core_busy") or {}
            s = cpu(r)
            x = cpu(r, "xvfb")
            scpu = "–" if s is None else f"{s*100:.0f}%" + ("" if x is None else f" (+Xvfb {x*100:.0f}%)")
            lcpu = cpu(r, "loadgen")
            paced = sc == "churn" or (sc == "fanout" and r.get("params", {}).get("rate", 0) > 0) or \
                (sc == "echo" and r.get("params", {}).get("rate", 0) > 0)
            out.append(f"| {lab} | {case} | {res} | {scpu} | "
                       f"{'–' if lcpu is None else f'{lcpu*100:.0f}%'} | {cb.get('cpu0', 0)*100:.0f}% | "
                       f"{cb.get('cpu1', 0)*100:.0f}% | {stolen(r)*100:.0f}% / {stolen1(r)*100:.0f}% | "
                       f"{r.get('attempts', 1)} | {limiter(r, paced)} |")
    out.append("")

    # Errors, spelled out.
    errs = [(r.get("label"), r.get("case"), r.get("errors")) for r in runs if r.get("errors_total")]
    if errs:
        out.append("Errors:")
        for lab, case, e in errs:
            out.append(f"- {lab} {case}: " + ", ".join(f"{k} ×{v:.0f}" for k, v in (e or {}).items()))
    else:
        out.append("Errors: none in any run.")
    out.append("")

    # Targets of issue 7 as ratios (same run).
    def val(lab, case, key):
        r = find(runs, lab, case)
        return None if r is None else r.get(key)

    def lat(lab, case, p):
        r = find(runs, lab, case)
        return None if r is None else r.get("latency_us", {}).get(p)

    def ratio(a, b):
        return None if not a or not b else a / b

    checks = [
        ("echo 1k: headless ÷ node-ws ≥ 1.0", ratio(val("ss-headless", "echo_1000", "msgs_per_s"),
                                                   val("node-ws", "echo_1000", "msgs_per_s")), 1.0, True),
        ("echo 1k: headless ÷ qt-default ≥ 1.5", ratio(val("ss-headless", "echo_1000", "msgs_per_s"),
                                                      val("qt-default", "echo_1000", "msgs_per_s")), 1.5, True),
        ("echo 1k: headless ÷ fastapi ≥ 4", ratio(val("ss-headless", "echo_1000", "msgs_per_s"),
                                                 val("fastapi", "echo_1000", "msgs_per_s")), 4.0, True),
        ("fan-out max: headless ÷ qt-default ≥ 1.0", ratio(val("ss-headless", "fanout_max_1000", "deliveries_per_s"),
                                                          val("qt-default", "fanout_max_1000", "deliveries_per_s")), 1.0, True),
        ("fan-out max: headless ÷ node-ws ≥ 3", ratio(val("ss-headless", "fanout_max_1000", "deliveries_per_s"),
                                                     val("node-ws", "fanout_max_1000", "deliveries_per_s")), 3.0, True),
        ("fan-out 50 Hz p99: headless ÷ node-ws ≤ 1.0", ratio(lat("ss-headless", "fanout_50hz_1000", "p99"),
                                                             lat("node-ws", "fanout_50hz_1000", "p99")), 1.0, False),
        ("idle 10k open s ≤ 2", val("ss-headless", "idle_10000", "open_s"), 2.0, False),
        ("idle kB/conn: headless ÷ qt-default ≤ 1.2", ratio(val("ss-headless", "idle_10000", "rss_per_conn_bytes"),
                                                           val("qt-default", "idle_10000", "rss_per_conn_bytes")), 1.2, False),
        ("5k conns @20k msg/s: gui ÷ headless ≥ 0.8", ratio(val("ss-gui", "echo_paced_5000", "msgs_per_s"),
                                                           val("ss-headless", "echo_paced_5000", "msgs_per_s")), 0.8, True),
    ]
    out.append("| issue 7 target | measured | met |")
    out.append("|---|---|---|")
    for name, v, lim, ge in checks:
        if v is None:
            out.append(f"| {name} | – | not measured |")
            continue
        ok = v >= lim if ge else v <= lim
        out.append(f"| {name} | {v:.2f} | {'yes' if ok else 'no'} |")
    for s in doc["servers"]:
        if "gui-lag" in s.get("notes", ""):
            out.append("")
            out.append(f"GUI event-loop lag over the whole ss-gui run: `{re.search(r'gui-lag.*', s['notes']).group(0)}`")
    out.append("")
    out.append("Servers:")
    for s in doc["servers"]:
        out.append(f"- {s['name']}: `{s['command']}` — {s['notes']}")
    print("\n".join(out))


def compare(paths):
    """One line per server and key metric across several result files (run-to-run spread)."""
    docs = []
    for p in paths:
        with open(p) as f:
            docs.append(json.load(f))
    metrics = [("echo_1000", "msgs_per_s", "echo 1k msg/s"),
               ("fanout_max_1000", "deliveries_per_s", "fan-out max deliv/s"),
               ("idle_10000", "open_s", "idle 10k open s")]
    head = "| server | metric | " + " | ".join(f"{d['date'][5:16]} {d['mode']}" for d in docs) + " |"
    print(head)
    print("|---|---|" + "---|" * len(docs))
    for lab in SERVERS:
        for case, key, name in metrics:
            cells = []
            for d in docs:
                r = find(d["runs"], lab, case)
                v = None if r is None else r.get(key)
                if v is None:
                    cells.append("–")
                    continue
                mark = " *" if max(stolen(r), stolen1(r)) > 0.15 else ""
                cells.append((f"{v:.2f}" if key == "open_s" else fmt_num(v)) + mark)
            if any(c != "–" for c in cells):
                print(f"| {lab} | {name} | " + " | ".join(cells) + " |")
    print()
    print("\\* other processes took more than 15% of CPU 0 or CPU 1 during that measurement")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--collect", nargs=2)
    p.add_argument("--mode", default="full")
    p.add_argument("--fd-limit", default="")
    p.add_argument("--load-start", default="")
    p.add_argument("--command", default="bench/run.sh")
    p.add_argument("--out")
    p.add_argument("--table")
    p.add_argument("--compare", nargs="+")
    a = p.parse_args()
    if a.collect:
        if not a.out:
            sys.exit("report.py: --collect needs --out")
        collect(a)
    if a.table:
        table(a.table)
    if a.compare:
        compare(a.compare)
    if not a.collect and not a.table and not a.compare:
        p.print_help()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
