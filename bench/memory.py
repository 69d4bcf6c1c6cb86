#!/usr/bin/env python3
"""Server memory under clients that never read (SPEC §7, issue 12). Not a test: it prints numbers.

    bench/memory.sh [scenario ...]      (runs this against build-release/app/socketscope)

Scenarios:
  ping-flood      20 clients send 125-byte pings as fast as they can and never read
  never-readers   one never-reading client on every endpoint, fed by itself or a reading feeder
  broadcast       10 never-reading clients; an admin broadcasts 2 MiB texts (over the 1 MiB cap) 40 times

For each: the server's VmRSS before, its peak while the clients push (sampled every 100 ms), and
after the clients have gone.
"""
import base64, os, select, socket, struct, subprocess, sys, time

PORT = int(os.environ.get("PORT", "18790"))
PID = int(os.environ["SPID"])


def rss_kib():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def frame(op, payload, fin=True):
    key = os.urandom(4)
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | op])
    if n < 126:
        head += bytes([0x80 | n])
    elif n < 65536:
        head += bytes([0x80 | 126]) + struct.pack("!H", n)
    else:
        head += bytes([0x80 | 127]) + struct.pack("!Q", n)
    body = bytes(b ^ key[i % 4] for i, b in enumerate(payload)) if n < 4096 else mask_big(payload, key)
    return head + key + body


def mask_big(payload, key):
    k = int.from_bytes(key * ((len(payload) + 3) // 4), "big")
    v = int.from_bytes(payload, "big") ^ (k >> (8 * ((4 - len(payload) % 4) % 4)))
    return v.to_bytes(len(payload), "big")


def connect(path, reading=True):
    s = socket.socket()
    if not reading:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", PORT))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(1)
        if not chunk:
            raise RuntimeError(f"{path}: closed during the handshake")
        buf += chunk
    if not buf.startswith(b"HTTP/1.1 101"):
        raise RuntimeError(f"{path}: {buf[:40]!r}")
    s.setblocking(False)
    return s


def drain(socks):
    for s in socks:
        try:
            while s.recv(1 << 20):
                pass
        except (BlockingIOError, ConnectionError, OSError):
            pass


def push(pairs, seconds, readers=()):
    """pairs: (socket, bytes to send again and again). Sends for `seconds`; returns peak RSS."""
    peak = rss_kib()
    end = time.monotonic() + seconds
    pending = {s: memoryview(b) for s, b in pairs}
    source = dict(pairs)
    next_sample = 0.0
    while time.monotonic() < end:
        _, writable, _ = select.select([], list(pending), [], 0.05)
        for s in writable:
            try:
                n = s.send(pending[s])
                pending[s] = pending[s][n:] if n < len(pending[s]) else memoryview(source[s])
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                del pending[s]
        drain(readers)
        if time.monotonic() >= next_sample:
            peak = max(peak, rss_kib())
            next_sample = time.monotonic() + 0.1
    return max(peak, rss_kib())


def settle(socks):
    for s in socks:
        try:
            s.close()
        except OSError:
            pass
    time.sleep(3)
    return rss_kib()


def report(name, before, peak, after, note):
    print(f"{name:14} before {before / 1024:7.1f} MiB   peak {peak / 1024:7.1f} MiB   "
          f"after {after / 1024:7.1f} MiB   {note}", flush=True)


def ping_flood():
    clients = [connect("/ws/echo", reading=False) for _ in range(int(os.environ.get("CLIENTS", "20")))]
    burst = frame(0x9, b"p" * 125) * 512
    before = rss_kib()
    peak = push([(c, burst) for c in clients], 8)
    report("ping-flood", before, peak, settle(clients), "20 clients, 8 s, cap 1 MiB each")


def never_readers():
    text = b"x" * (30 * 1024)
    stuck, pairs, readers = [], [], []
    for path in ("/ws/echo", "/ws?token=secret-token", "/ws/admin?token=valid-token"):
        c = connect(path, reading=False)
        stuck.append(c)
        pairs.append((c, frame(0x1, text) * 8))
    for stuck_path, feeder_path, msg in (
        ("/ws/room/r?token=secret-token", "/ws/room/r?token=valid-token", text),
        ("/ws/7?token=secret-token", "/ws/8?token=valid-token", text),
        ("/ws/subscribe/t?token=secret-token", "/ws/subscribe/t?token=valid-token",
         b'{"type":"publish","data":{"x":"' + text + b'"}}'),
    ):
        stuck.append(connect(stuck_path, reading=False))
        f = connect(feeder_path)
        readers.append(f)
        pairs.append((f, frame(0x1, msg) * 8))
    before = rss_kib()
    peak = push(pairs, 8, readers)
    report("never-readers", before, peak, settle(stuck + readers), "6 endpoints, 8 s, cap 1 MiB each")


def broadcast():
    stuck = [connect("/ws/echo", reading=False) for _ in range(10)]
    admin = connect("/ws/admin?token=valid-token")
    cmd = b'{"type":"broadcast","text":"' + b"b" * (2 * 1024 * 1024) + b'"}'
    before = rss_kib()
    peak = before
    f = frame(0x1, cmd)
    admin.setblocking(True)
    for _ in range(40):
        admin.sendall(f)
        peak = max(peak, rss_kib())
    admin.setblocking(False)
    end = time.monotonic() + 4
    while time.monotonic() < end:
        drain([admin])
        peak = max(peak, rss_kib())
        time.sleep(0.1)
    report("broadcast", before, peak, settle(stuck + [admin]), "10 never-readers, 40 x 2 MiB, cap 1 MiB each")


SCENARIOS = {"ping-flood": ping_flood, "never-readers": never_readers, "broadcast": broadcast}
if __name__ == "__main__":
    for name in sys.argv[1:] or list(SCENARIOS):
        SCENARIOS[name]()
