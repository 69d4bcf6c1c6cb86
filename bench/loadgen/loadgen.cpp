// loadgen: a single-threaded epoll WebSocket load generator for SocketScope and its peers.
//
// Scenarios: echo, fanout, idle, churn (see usage()). Loopback only. Every phase has a deadline,
// every error is counted by category and printed. One JSON object per run goes to stdout, one
// human-readable line to stderr.
//
// The WebSocket client is written here (RFC 6455 subset a client needs: handshake, masked
// frames out, unmasked frames in, fragmentation, ping/pong, close). It is deliberately minimal
// so that it costs little CPU per message.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using Clock = int64_t;   // CLOCK_MONOTONIC nanoseconds
constexpr int64_t kMs = 1000000;
constexpr int64_t kSec = 1000000000;

Clock nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * kSec + ts.tv_nsec;
}

double secs(int64_t ns) { return double(ns) / double(kSec); }

volatile std::sig_atomic_t g_interrupted = 0;

// ---------------------------------------------------------------------------------------------
// Options

struct WatchPid
{
    std::string name;
    int pid = 0;
};

struct Options
{
    std::string scenario;
    std::string label = "server";
    std::string tag;               // free-form case name copied into the JSON
    std::string host = "127.0.0.1";
    int port = 8000;
    std::vector<int> ports;        // --ports: connections spread round-robin (a cluster's nodes)
    std::string path;              // default depends on the scenario
    std::string senderPath;        // fanout: the sender's path
    int connections = 1000;
    int payload = 32;
    int inflight = 1;
    double duration = 10;
    double warmup = 1;
    double rate = 0;
    double hold = 10;
    int srcAddrs = 8;
    int connectConcurrency = 256;
    double setupTimeout = 60;
    int maxActive = 4000;          // churn: connections in progress at once
    std::string message = "churn"; // churn: the text sent
    std::string expect;            // churn/idle: the expected reply (exact)
    std::string fanoutMode = "room";
    std::string token = "secret-token";
    std::string senderToken = "valid-token";
    std::string senderName = "alice";
    std::vector<WatchPid> watch;   // the first one is "the server" for memory
};

[[noreturn]] void usage(int code)
{
    std::fprintf(code == 0 ? stdout : stderr, R"(usage: loadgen SCENARIO [options]

scenarios:
  echo    C connections, closed loop, K messages in flight each (or --rate total msgs/s)
  fanout  1 sender + C receivers in one room (--mode room) or on /ws/{id} (--mode cm);
          --rate 0 = max (window of K messages), --rate R = R msgs/s with delivery latency
  idle    open C connections, measure open time and server RSS per connection, hold, verify
  churn   connect+auth(query token)+send+await reply+close at --rate R/s for --duration s

options:
  --label NAME             name of the server under test (JSON "label")
  --case NAME              name of this case (JSON "case")
  --host A --port P        server (loopback only; default 127.0.0.1:8000)
  --ports P1,P2,...        spread the connections round-robin over these ports (cluster nodes)
  --path PATH              request path (defaults: echo/idle /ws/echo, churn
                           /ws/echo?token=secret-token, fanout per --mode)
  --connections C          connections / receivers (default 1000)
  --payload P              payload bytes (default 32; fanout minimum 32)
  --inflight K             echo: messages in flight per connection; fanout max: window (default 1; fanout 8)
  --duration S             measured seconds (default 10)
  --warmup S               seconds of load before measuring (default 1)
  --rate R                 see scenarios
  --hold S                 idle: seconds to hold the connections (default 10)
  --src-addrs N            spread over 127.0.0.1 .. 127.0.0.N (default 8)
  --connect-concurrency N  handshakes in progress at once while opening (default 256)
  --setup-timeout S        deadline of each setup phase (default 60)
  --max-active N           churn: connections in progress at once (default 4000)
  --message TEXT           churn: message sent (default "churn")
  --expect TEXT            churn: expected reply (default "Message text was: " + message)
  --mode room|cm           fanout endpoint (default room)
  --token T                receivers' / clients' token (default secret-token)
  --sender-token T         fanout sender's token (default valid-token)
  --sender-name N          fanout sender's user name (default alice)
  --watch NAME:PID         report CPU of PID during the measurement (repeatable; the first is
                           also read for VmRSS)
)");
    std::exit(code);
}

Options parseOptions(int argc, char **argv)
{
    if (argc < 2)
        usage(2);
    Options o;
    o.scenario = argv[1];
    if (o.scenario == "-h" || o.scenario == "--help")
        usage(0);
    bool inflightSet = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto val = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "loadgen: %s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        auto num = [&]() -> double {
            const std::string v = val();
            char *end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (end == v.c_str() || *end != '\0' || !std::isfinite(d) || d < 0) {
                std::fprintf(stderr, "loadgen: %s: bad number '%s'\n", a.c_str(), v.c_str());
                std::exit(2);
            }
            return d;
        };
        if (a == "--label") o.label = val();
        else if (a == "--case") o.tag = val();
        else if (a == "--host") o.host = val();
        else if (a == "--port") o.port = int(num());
        else if (a == "--ports") {
            std::stringstream list(val());
            std::string item;
            while (std::getline(list, item, ','))
                o.ports.push_back(std::atoi(item.c_str()));
            if (o.ports.empty() || std::count(o.ports.begin(), o.ports.end(), 0) > 0) {
                std::fprintf(stderr, "loadgen: --ports wants P1,P2,...\n");
                std::exit(2);
            }
            o.port = o.ports.front();
        }
        else if (a == "--path") o.path = val();
        else if (a == "--sender-path") o.senderPath = val();
        else if (a == "--connections") o.connections = int(num());
        else if (a == "--payload") o.payload = int(num());
        else if (a == "--inflight") { o.inflight = int(num()); inflightSet = true; }
        else if (a == "--duration") o.duration = num();
        else if (a == "--warmup") o.warmup = num();
        else if (a == "--rate") o.rate = num();
        else if (a == "--hold") o.hold = num();
        else if (a == "--src-addrs") o.srcAddrs = int(num());
        else if (a == "--connect-concurrency") o.connectConcurrency = int(num());
        else if (a == "--setup-timeout") o.setupTimeout = num();
        else if (a == "--max-active") o.maxActive = int(num());
        else if (a == "--message") o.message = val();
        else if (a == "--expect") o.expect = val();
        else if (a == "--mode") o.fanoutMode = val();
        else if (a == "--token") o.token = val();
        else if (a == "--sender-token") o.senderToken = val();
        else if (a == "--sender-name") o.senderName = val();
        else if (a == "--watch") {
            const std::string v = val();
            const auto colon = v.rfind(':');
            if (colon == std::string::npos || colon == 0) {
                std::fprintf(stderr, "loadgen: --watch wants NAME:PID\n");
                std::exit(2);
            }
            o.watch.push_back({v.substr(0, colon), std::atoi(v.c_str() + colon + 1)});
        } else if (a == "-h" || a == "--help") usage(0);
        else {
            std::fprintf(stderr, "loadgen: unknown option %s\n", a.c_str());
            usage(2);
        }
    }
    if (o.scenario != "echo" && o.scenario != "fanout" && o.scenario != "idle" && o.scenario != "churn") {
        std::fprintf(stderr, "loadgen: unknown scenario %s\n", o.scenario.c_str());
        usage(2);
    }
    if (o.host.rfind("127.", 0) != 0) {
        std::fprintf(stderr, "loadgen: loopback (127.x.x.x) only\n");
        std::exit(2);
    }
    if (o.fanoutMode != "room" && o.fanoutMode != "cm") {
        std::fprintf(stderr, "loadgen: --mode room|cm\n");
        std::exit(2);
    }
    o.connections = std::clamp(o.connections, 1, 1000000);
    o.srcAddrs = std::clamp(o.srcAddrs, 1, 250);
    o.connectConcurrency = std::clamp(o.connectConcurrency, 1, 1000000);
    o.maxActive = std::clamp(o.maxActive, 1, 100000);
    o.duration = std::clamp(o.duration, 0.1, 3600.0);
    o.warmup = std::min(o.warmup, 600.0);
    o.hold = std::min(o.hold, 3600.0);
    o.setupTimeout = std::clamp(o.setupTimeout, 1.0, 3600.0);
    if (o.scenario == "fanout") {
        o.payload = std::max(o.payload, 32);
        if (!inflightSet)
            o.inflight = 8;
    }
    o.inflight = std::clamp(o.inflight, 1, 30000);
    o.payload = std::clamp(o.payload, 1, 16 * 1024 * 1024);
    if (o.path.empty()) {
        if (o.scenario == "echo" || o.scenario == "idle")
            o.path = "/ws/echo";
        else if (o.scenario == "churn")
            o.path = "/ws/echo?token=" + o.token;
    }
    if (o.expect.empty())
        o.expect = "Message text was: " + o.message;
    return o;
}

// ---------------------------------------------------------------------------------------------
// /proc readings

struct ProcSample
{
    bool ok = false;
    uint64_t ticks = 0;   // utime + stime
    long threads = 0;
};

ProcSample readStat(int pid)
{
    ProcSample s;
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!f || !std::getline(f, line))
        return s;
    const auto rp = line.rfind(')');
    if (rp == std::string::npos)
        return s;
    std::istringstream in(line.substr(rp + 2));
    std::vector<std::string> tok;
    std::string t;
    while (in >> t)
        tok.push_back(t);
    // tok[0] is field 3 (state); utime is field 14, stime 15, num_threads 20.
    if (tok.size() < 18)
        return s;
    s.ticks = std::strtoull(tok[11].c_str(), nullptr, 10) + std::strtoull(tok[12].c_str(), nullptr, 10);
    s.threads = std::strtol(tok[17].c_str(), nullptr, 10);
    s.ok = true;
    return s;
}

long readRssKb(int pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(f, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

// Per-CPU busy and total jiffies from /proc/stat ("cpu0", "cpu1", ...).
std::vector<std::pair<uint64_t, uint64_t>> readCpuLines()
{
    std::vector<std::pair<uint64_t, uint64_t>> out;
    std::ifstream f("/proc/stat");
    std::string line;
    while (std::getline(f, line)) {
        if (line.rfind("cpu", 0) != 0 || line.size() < 4 || line[3] < '0' || line[3] > '9')
            continue;
        std::istringstream in(line.substr(line.find(' ')));
        uint64_t v[10] = {};
        for (auto &x : v)
            in >> x;
        // user nice system idle iowait irq softirq steal guest guest_nice
        const uint64_t idle = v[3] + v[4];
        const uint64_t busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
        out.emplace_back(busy, busy + idle);
    }
    return out;
}

struct CpuWatch
{
    std::vector<std::pair<uint64_t, uint64_t>> coresStart;
    std::vector<double> coreBusy;   // fraction busy per CPU (anyone's work)

    std::vector<WatchPid> pids;
    std::vector<ProcSample> start;
    Clock t0 = 0;
    std::vector<double> result;   // fraction of one core
    std::vector<long> threads;

    void begin()
    {
        start.clear();
        for (const auto &w : pids)
            start.push_back(readStat(w.pid));
        coresStart = readCpuLines();
        t0 = nowNs();
    }
    void end()
    {
        const double wall = secs(nowNs() - t0);
        const double hz = double(sysconf(_SC_CLK_TCK));
        result.clear();
        threads.clear();
        coreBusy.clear();
        const auto cores = readCpuLines();
        for (size_t i = 0; i < cores.size() && i < coresStart.size(); ++i) {
            const uint64_t dt = cores[i].second - coresStart[i].second;
            coreBusy.push_back(dt ? double(cores[i].first - coresStart[i].first) / double(dt) : -1);
        }
        for (size_t i = 0; i < pids.size(); ++i) {
            const ProcSample e = readStat(pids[i].pid);
            if (!e.ok || !start[i].ok || wall <= 0) {
                result.push_back(-1);
                threads.push_back(-1);
                continue;
            }
            result.push_back(double(e.ticks - start[i].ticks) / hz / wall);
            threads.push_back(e.threads);
        }
    }
};

// ---------------------------------------------------------------------------------------------
// Latency samples (exact percentiles; bounded memory)

struct Latency
{
    std::vector<uint32_t> ns;   // clamped to ~4.29 s
    uint64_t dropped = 0;
    static constexpr size_t kCap = 40'000'000;

    void add(int64_t d)
    {
        if (ns.size() >= kCap) {
            ++dropped;
            return;
        }
        ns.push_back(uint32_t(std::clamp<int64_t>(d, 0, 0xffffffffLL)));
    }
};

// ---------------------------------------------------------------------------------------------
// Minimal JSON writer

class Json
{
public:
    Json &key(std::string_view k)
    {
        comma();
        str(k);
        m_out += ':';
        m_needComma = false;
        return *this;
    }
    Json &open()
    {
        comma();
        m_out += '{';
        m_needComma = false;
        return *this;
    }
    Json &close()
    {
        m_out += '}';
        m_needComma = true;
        return *this;
    }
    Json &s(std::string_view v)
    {
        comma();
        str(v);
        m_needComma = true;
        return *this;
    }
    Json &n(double v)
    {
        comma();
        if (!std::isfinite(v)) {
            m_out += "null";
        } else {
            char b[64];
            if (v == std::floor(v) && std::fabs(v) < 1e15)
                std::snprintf(b, sizeof b, "%.0f", v);
            else
                std::snprintf(b, sizeof b, "%.3f", v);
            m_out += b;
        }
        m_needComma = true;
        return *this;
    }
    Json &b(bool v)
    {
        comma();
        m_out += v ? "true" : "false";
        m_needComma = true;
        return *this;
    }
    Json &kv(std::string_view k, double v) { return key(k).n(v); }
    Json &kv(std::string_view k, std::string_view v) { return key(k).s(v); }
    Json &kb(std::string_view k, bool v) { return key(k).b(v); }
    const std::string &str() const { return m_out; }

private:
    void comma()
    {
        if (m_needComma)
            m_out += ',';
    }
    void str(std::string_view v)
    {
        m_out += '"';
        for (const char c : v) {
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (uint8_t(c) < 0x20) {
                char b[8];
                std::snprintf(b, sizeof b, "\\u%04x", unsigned(uint8_t(c)));
                m_out += b;
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    std::string m_out;
    bool m_needComma = false;
};

struct LatencySummary
{
    uint64_t count = 0;
    double p50 = 0, p90 = 0, p99 = 0, p999 = 0, max = 0, mean = 0;   // microseconds
};

LatencySummary summarize(Latency &l)
{
    LatencySummary s;
    auto &v = l.ns;
    s.count = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto pct = [&](double p) {
        const size_t i = std::min(v.size() - 1, size_t(std::ceil(p * double(v.size()))) - (p > 0 ? 1 : 0));
        return double(v[i]) / 1000.0;
    };
    s.p50 = pct(0.50);
    s.p90 = pct(0.90);
    s.p99 = pct(0.99);
    s.p999 = pct(0.999);
    s.max = double(v.back()) / 1000.0;
    long double sum = 0;
    for (const uint32_t x : v)
        sum += x;
    s.mean = double(sum / (long double)v.size()) / 1000.0;
    return s;
}

void writeLatency(Json &j, std::string_view name, const LatencySummary &s)
{
    j.key(name).open();
    j.kv("count", double(s.count)).kv("p50", s.p50).kv("p90", s.p90).kv("p99", s.p99).kv("p999", s.p999)
        .kv("max", s.max).kv("mean", s.mean);
    j.close();
}

// ---------------------------------------------------------------------------------------------
// The WebSocket client engine

enum class St : uint8_t { Free, Connecting, Handshake, Open, Closing };

struct Conn
{
    int fd = -1;
    St st = St::Free;
    bool wantOut = false;
    bool dirty = false;
    bool flagA = false;   // scenario use
    bool flagB = false;   // scenario use
    uint8_t fragOp = 0;
    std::string rbuf;
    std::string wbuf;
    size_t wpos = 0;
    std::string frag;
    std::deque<int64_t> sent;   // echo: send times of the messages in flight
    int64_t tStart = 0;
    int64_t tOpen = 0;
    int64_t deadline = 0;       // 0: none
    uint64_t counter = 0;       // scenario use
};

class Handler
{
public:
    virtual ~Handler() = default;
    virtual void onOpen(uint32_t /*idx*/) {}
    virtual void onMessage(uint32_t /*idx*/, uint8_t /*op*/, const char * /*data*/, size_t /*len*/) {}
    // Clean end of a close we started (server's Close frame or EOF while closing).
    virtual void onClosed(uint32_t /*idx*/) {}
    // Any other end (error, timeout, server-initiated close); already counted as an error.
    virtual void onDead(uint32_t /*idx*/) {}
};

constexpr const char *kWsKey = "dGhlIHNhbXBsZSBub25jZQ==";        // RFC 6455 §1.3 sample
constexpr const char *kWsAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";  // its accept value

class Engine
{
public:
    Engine(const Options &o, size_t slots) : m_o(o), m_conns(slots)
    {
        m_ep = epoll_create1(EPOLL_CLOEXEC);
        if (m_ep < 0) {
            std::perror("epoll_create1");
            std::exit(1);
        }
        m_free.reserve(slots);
        for (size_t i = slots; i-- > 0;)
            m_free.push_back(uint32_t(i));
        m_dst.sin_family = AF_INET;
        m_dst.sin_port = htons(uint16_t(o.port));
        if (inet_pton(AF_INET, o.host.c_str(), &m_dst.sin_addr) != 1) {
            std::fprintf(stderr, "loadgen: bad host %s\n", o.host.c_str());
            std::exit(2);
        }
        m_rng = uint32_t(nowNs()) | 1u;
    }
    ~Engine()
    {
        for (Conn &c : m_conns) {
            if (c.fd >= 0)
                ::close(c.fd);
        }
        ::close(m_ep);
    }

    void setHandler(Handler *h) { m_h = h; }
    // Handshake times (connect() to 101) are recorded here while set.
    void setOpenLatency(Latency *l) { m_openLat = l; }
    Conn &conn(uint32_t i) { return m_conns[i]; }
    size_t slots() const { return m_conns.size(); }
    size_t freeSlots() const { return m_free.size(); }
    int openCount() const { return m_open; }
    int pendingCount() const { return m_pending; }
    int activeCount() const { return int(m_conns.size() - m_free.size()); }
    std::map<std::string, uint64_t> &errors() { return m_errors; }
    uint64_t errorTotal() const
    {
        uint64_t t = 0;
        for (const auto &[k, v] : m_errors)
            t += v;
        return t;
    }
    void error(const std::string &what, uint64_t n = 1) { m_errors[what] += n; }

    // Starts a connection; returns its slot or -1 (error already counted).
    int64_t connect(const std::string &path, int64_t deadlineNs)
    {
        if (m_free.empty()) {
            error("no_free_slot");
            return -1;
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            error(std::string("socket: ") + std::strerror(errno));
            return -1;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        // Pick the source port at connect() time, per destination: one source address then
        // reaches the whole ephemeral range for each server port.
        setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        sockaddr_in src{};
        src.sin_family = AF_INET;
        src.sin_addr.s_addr = htonl(0x7f000001u + uint32_t(m_connSeq++ % uint64_t(m_o.srcAddrs)));
        if (::bind(fd, reinterpret_cast<sockaddr *>(&src), sizeof src) < 0) {
            error(std::string("bind: ") + std::strerror(errno));
            ::close(fd);
            return -1;
        }
        sockaddr_in dst = m_dst;
        if (!m_o.ports.empty())
            dst.sin_port = htons(uint16_t(m_o.ports[size_t(m_portSeq++ % m_o.ports.size())]));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&dst), sizeof dst) < 0 && errno != EINPROGRESS) {
            error(std::string("connect: ") + std::strerror(errno));
            ::close(fd);
            return -1;
        }
        const uint32_t idx = m_free.back();
        m_free.pop_back();
        Conn &c = m_conns[idx];
        c.fd = fd;
        c.st = St::Connecting;
        c.wantOut = true;
        c.dirty = false;
        c.flagA = c.flagB = false;
        c.fragOp = 0;
        c.rbuf.clear();
        c.frag.clear();
        c.sent.clear();
        c.wpos = 0;
        c.counter = 0;
        c.tStart = nowNs();
        c.tOpen = 0;
        c.deadline = deadlineNs;
        c.wbuf = "GET " + path + " HTTP/1.1\r\nHost: " + m_o.host + ":" + std::to_string(m_o.port) +
                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + kWsKey +
                 "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT;
        ev.data.u32 = idx;
        if (epoll_ctl(m_ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
            error(std::string("epoll_ctl: ") + std::strerror(errno));
            release(c, idx);
            return -1;
        }
        ++m_pending;
        return idx;
    }

    // Queues a frame; written at the end of the current event batch (or by flushNow()).
    void send(uint32_t idx, uint8_t op, const char *data, size_t len)
    {
        Conn &c = m_conns[idx];
        if (c.st != St::Open && !(op == 0x8 && c.st == St::Closing))
            return;
        unsigned char hdr[14];
        size_t hl = 0;
        hdr[hl++] = uint8_t(0x80 | op);
        if (len < 126) {
            hdr[hl++] = uint8_t(0x80 | len);
        } else if (len < 65536) {
            hdr[hl++] = 0x80 | 126;
            hdr[hl++] = uint8_t(len >> 8);
            hdr[hl++] = uint8_t(len);
        } else {
            hdr[hl++] = 0x80 | 127;
            for (int i = 7; i >= 0; --i)
                hdr[hl++] = uint8_t(uint64_t(len) >> (8 * i));
        }
        m_rng ^= m_rng << 13;
        m_rng ^= m_rng >> 17;
        m_rng ^= m_rng << 5;
        const uint32_t mask = m_rng;
        unsigned char mk[4];
        std::memcpy(mk, &mask, 4);
        std::memcpy(hdr + hl, mk, 4);
        hl += 4;
        if (c.wpos > 0 && c.wpos == c.wbuf.size()) {
            c.wbuf.clear();
            c.wpos = 0;
        }
        c.wbuf.append(reinterpret_cast<const char *>(hdr), hl);
        const size_t at = c.wbuf.size();
        c.wbuf.append(data, len);
        char *p = c.wbuf.data() + at;
        for (size_t i = 0; i < len; ++i)
            p[i] = char(uint8_t(p[i]) ^ mk[i & 3]);
        markDirty(idx);
    }
    void sendText(uint32_t idx, std::string_view s) { send(idx, 0x1, s.data(), s.size()); }

    // Sends a Close frame and waits (until deadline) for the server's.
    void startClose(uint32_t idx, uint16_t code, int64_t deadlineNs)
    {
        Conn &c = m_conns[idx];
        if (c.st != St::Open)
            return;
        c.st = St::Closing;
        c.deadline = deadlineNs;
        const char payload[2] = {char(code >> 8), char(code & 0xff)};
        send(idx, 0x8, payload, 2);
    }

    // Ends a connection as failed: counts `why`, tells the handler.
    void fail(uint32_t idx, const std::string &why)
    {
        Conn &c = m_conns[idx];
        if (c.st == St::Free)
            return;
        error(why);
        release(c, idx);
        if (m_h)
            m_h->onDead(idx);
    }

    // One epoll_wait and everything it reports; then writes all queued frames.
    void poll(int timeoutMs)
    {
        epoll_event evs[512];
        const int n = epoll_wait(m_ep, evs, 512, timeoutMs);
        if (n < 0) {
            if (errno != EINTR)
                error(std::string("epoll_wait: ") + std::strerror(errno));
            return;
        }
        for (int i = 0; i < n; ++i) {
            const uint32_t idx = evs[i].data.u32;
            Conn &c = m_conns[idx];
            const uint32_t e = evs[i].events;
            if (c.st == St::Free)
                continue;
            if (c.st == St::Connecting) {
                int err = 0;
                socklen_t len = sizeof err;
                if (getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
                    err = errno;
                if (err != 0) {
                    fail(idx, std::string("connect: ") + std::strerror(err));
                    continue;
                }
                if (!(e & EPOLLOUT))
                    continue;
                c.st = St::Handshake;
                flush(idx);
                continue;
            }
            if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
                readable(idx);
            if ((e & EPOLLOUT) && m_conns[idx].st != St::Free)
                flush(idx);
        }
        flushDirty();
        const int64_t now = nowNs();
        if (now - m_lastSweep > 50 * kMs) {
            m_lastSweep = now;
            sweep(now);
        }
    }

    void flushDirty()
    {
        // flush() may mark nothing new, but a handler run by nothing here can't add either.
        for (size_t i = 0; i < m_dirty.size(); ++i) {
            const uint32_t idx = m_dirty[i];
            m_conns[idx].dirty = false;
            if (m_conns[idx].st != St::Free && m_conns[idx].st != St::Connecting)
                flush(idx);
        }
        m_dirty.clear();
    }

private:
    void markDirty(uint32_t idx)
    {
        Conn &c = m_conns[idx];
        if (!c.dirty) {
            c.dirty = true;
            m_dirty.push_back(idx);
        }
    }

    void sweep(int64_t now)
    {
        for (uint32_t i = 0; i < m_conns.size(); ++i) {
            Conn &c = m_conns[i];
            if (c.st == St::Free || c.deadline == 0 || now < c.deadline)
                continue;
            switch (c.st) {
            case St::Connecting: fail(i, "timeout_connect"); break;
            case St::Handshake: fail(i, "timeout_handshake"); break;
            case St::Open: fail(i, "timeout_open"); break;
            case St::Closing: fail(i, "timeout_close"); break;
            case St::Free: break;
            }
        }
    }

    void release(Conn &c, uint32_t idx)
    {
        if (c.st == St::Connecting || c.st == St::Handshake)
            --m_pending;
        else if (c.st == St::Open || c.st == St::Closing)
            --m_open;
        if (c.fd >= 0)
            ::close(c.fd);   // also removes it from the epoll set
        c.fd = -1;
        c.st = St::Free;
        c.wbuf.clear();
        c.wbuf.shrink_to_fit();
        c.rbuf.clear();
        c.rbuf.shrink_to_fit();
        c.frag.clear();
        c.sent.clear();
        c.wpos = 0;
        c.wantOut = false;
        m_free.push_back(idx);
    }

    void setOut(Conn &c, uint32_t idx, bool on)
    {
        if (c.wantOut == on)
            return;
        epoll_event ev{};
        ev.events = EPOLLIN | (on ? EPOLLOUT : 0u);
        ev.data.u32 = idx;
        if (epoll_ctl(m_ep, EPOLL_CTL_MOD, c.fd, &ev) == 0)
            c.wantOut = on;
        else
            error(std::string("epoll_ctl mod: ") + std::strerror(errno));
    }

    void flush(uint32_t idx)
    {
        Conn &c = m_conns[idx];
        while (c.wpos < c.wbuf.size()) {
            const ssize_t w = ::send(c.fd, c.wbuf.data() + c.wpos, c.wbuf.size() - c.wpos, MSG_NOSIGNAL);
            if (w > 0) {
                c.wpos += size_t(w);
                continue;
            }
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                setOut(c, idx, true);
                return;
            }
            fail(idx, std::string("write: ") + (w < 0 ? std::strerror(errno) : "zero"));
            return;
        }
        c.wbuf.clear();
        c.wpos = 0;
        setOut(c, idx, false);
    }

    void readable(uint32_t idx)
    {
        for (int iter = 0; iter < 4; ++iter) {
            Conn &c = m_conns[idx];
            const ssize_t r = ::read(c.fd, m_rb, sizeof m_rb);
            if (r > 0) {
                size_t used;
                if (c.rbuf.empty()) {
                    used = consume(idx, m_rb, size_t(r));
                    if (m_conns[idx].st == St::Free)
                        return;
                    if (used < size_t(r))
                        m_conns[idx].rbuf.assign(m_rb + used, size_t(r) - used);
                } else {
                    c.rbuf.append(m_rb, size_t(r));
                    used = consume(idx, c.rbuf.data(), c.rbuf.size());
                    if (m_conns[idx].st == St::Free)
                        return;
                    m_conns[idx].rbuf.erase(0, used);
                }
                if (size_t(r) < sizeof m_rb)
                    return;
                continue;
            }
            if (r == 0) {
                if (c.st == St::Closing) {
                    release(c, idx);
                    if (m_h)
                        m_h->onClosed(idx);
                } else {
                    fail(idx, c.st == St::Handshake ? "eof_in_handshake" : "eof_unexpected");
                }
                return;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            fail(idx, std::string("read: ") + std::strerror(errno));
            return;
        }
    }

    // Parses as much of [d, d+n) as is complete; returns the bytes used.
    size_t consume(uint32_t idx, const char *d, size_t n)
    {
        size_t p = 0;
        if (m_conns[idx].st == St::Handshake) {
            const std::string_view v(d, n);
            const auto end = v.find("\r\n\r\n");
            if (end == std::string_view::npos) {
                if (n > 16384)
                    fail(idx, "handshake_too_long");
                return 0;
            }
            const std::string_view head = v.substr(0, end);
            if (head.rfind("HTTP/1.1 101", 0) != 0) {
                const auto eol = head.find("\r\n");
                std::string status(head.substr(0, std::min<size_t>(eol, 40)));
                fail(idx, "handshake_status: " + status);
                return 0;
            }
            if (head.find(kWsAccept) == std::string_view::npos) {
                fail(idx, "handshake_bad_accept");
                return 0;
            }
            Conn &c = m_conns[idx];
            c.st = St::Open;
            c.tOpen = nowNs();
            c.deadline = 0;
            if (m_openLat)
                m_openLat->add(c.tOpen - c.tStart);
            --m_pending;
            ++m_open;
            if (m_h)
                m_h->onOpen(idx);
            if (m_conns[idx].st == St::Free)
                return 0;
            p = end + 4;
        }
        const auto *b = reinterpret_cast<const unsigned char *>(d);
        while (n - p >= 2) {
            const uint8_t b0 = b[p], b1 = b[p + 1];
            const bool fin = (b0 & 0x80) != 0;
            const uint8_t op = b0 & 0x0f;
            uint64_t len = b1 & 0x7f;
            size_t hl = 2;
            if (b1 & 0x80) {
                fail(idx, "protocol_masked_server_frame");
                return p;
            }
            if (len == 126) {
                if (n - p < 4)
                    break;
                len = (uint64_t(b[p + 2]) << 8) | b[p + 3];
                hl = 4;
            } else if (len == 127) {
                if (n - p < 10)
                    break;
                len = 0;
                for (int i = 0; i < 8; ++i)
                    len = (len << 8) | b[p + 2 + i];
                hl = 10;
            }
            if (len > (1ull << 30)) {
                fail(idx, "protocol_frame_too_big");
                return p;
            }
            if (n - p < hl + len)
                break;
            const char *payload = d + p + hl;
            const size_t plen = size_t(len);
            p += hl + plen;
            Conn &c = m_conns[idx];
            switch (op) {
            case 0x1:
            case 0x2:
                if (c.fragOp != 0) {
                    fail(idx, "protocol_interleaved_fragment");
                    return p;
                }
                if (fin) {
                    if (c.st == St::Open && m_h)
                        m_h->onMessage(idx, op, payload, plen);
                } else {
                    c.fragOp = op;
                    c.frag.assign(payload, plen);
                }
                break;
            case 0x0:
                if (c.fragOp == 0) {
                    fail(idx, "protocol_stray_continuation");
                    return p;
                }
                c.frag.append(payload, plen);
                if (fin) {
                    const uint8_t fop = c.fragOp;
                    c.fragOp = 0;
                    std::string whole;
                    whole.swap(c.frag);
                    if (c.st == St::Open && m_h)
                        m_h->onMessage(idx, fop, whole.data(), whole.size());
                }
                break;
            case 0x8: {
                if (c.st == St::Closing) {
                    release(c, idx);
                    if (m_h)
                        m_h->onClosed(idx);
                    return p;
                }
                const int code = plen >= 2 ? (uint8_t(payload[0]) << 8) | uint8_t(payload[1]) : 1005;
                std::string reason(payload + std::min<size_t>(plen, 2), plen > 2 ? std::min<size_t>(plen - 2, 40) : 0);
                // Answer, best effort, then drop.
                const char reply[2] = {char(code >> 8), char(code & 0xff)};
                send(idx, 0x8, reply, plen >= 2 ? 2 : 0);
                flush(idx);
                fail(idx, "server_close: " + std::to_string(code) + (reason.empty() ? "" : " " + reason));
                return p;
            }
            case 0x9:
                send(idx, 0xA, payload, plen);
                break;
            case 0xA:
                break;
            default:
                fail(idx, "protocol_bad_opcode");
                return p;
            }
            if (m_conns[idx].st == St::Free)
                return p;
        }
        return p;
    }

    const Options &m_o;
    std::vector<Conn> m_conns;
    std::vector<uint32_t> m_free;
    std::vector<uint32_t> m_dirty;
    std::map<std::string, uint64_t> m_errors;
    Handler *m_h = nullptr;
    Latency *m_openLat = nullptr;
    sockaddr_in m_dst{};
    uint64_t m_portSeq = 0;
    int m_ep = -1;
    int m_open = 0;
    int m_pending = 0;
    uint64_t m_connSeq = 0;
    uint32_t m_rng = 1;
    int64_t m_lastSweep = 0;
    char m_rb[256 * 1024];
};

// ---------------------------------------------------------------------------------------------
// Shared scenario plumbing

struct Run
{
    const Options &o;
    Engine &e;
    CpuWatch cpu;
    Latency openLat;   // handshake times of openMany()

    Run(const Options &opt, Engine &eng) : o(opt), e(eng) { cpu.pids = opt.watch; cpu.pids.push_back({"loadgen", int(getpid())}); }

    // Runs the loop until done() or the deadline; tick() after each poll.
    template <typename Done, typename Tick>
    bool loopUntil(int64_t deadline, Done done, Tick tick, int pollMs = 1)
    {
        while (!done()) {
            if (g_interrupted) {
                e.error("interrupted");
                return false;
            }
            const int64_t now = nowNs();
            if (now >= deadline)
                return false;
            e.poll(pollMs);
            tick(nowNs());
        }
        return true;
    }
    template <typename Done>
    bool loopUntil(int64_t deadline, Done done, int pollMs = 5)
    {
        return loopUntil(deadline, done, [](int64_t) {}, pollMs);
    }

    // Opens n connections with at most connectConcurrency handshakes in flight.
    // Returns the seconds taken, or -1 if not all opened before the deadline.
    double openMany(int n, const std::function<std::string(int)> &pathOf)
    {
        const int64_t t0 = nowNs();
        const int64_t deadline = t0 + int64_t(o.setupTimeout * double(kSec));
        e.setOpenLatency(&openLat);
        int started = 0;
        const int openBefore = e.openCount();
        const uint64_t errBefore = e.errorTotal();
        auto startSome = [&](int64_t) {
            while (started < n && e.pendingCount() < o.connectConcurrency && e.freeSlots() > 0) {
                e.connect(pathOf(started), deadline);
                ++started;
            }
        };
        startSome(t0);
        const bool ok = loopUntil(
            deadline,
            [&] { return started >= n && e.pendingCount() == 0; },
            startSome, 1);
        const double took = secs(nowNs() - t0);
        e.setOpenLatency(nullptr);
        if (!ok)
            e.error("setup_timeout_open", uint64_t(n - (e.openCount() - openBefore)));
        if (e.errorTotal() != errBefore || e.openCount() - openBefore < n)
            return -1;
        return took;
    }

    // Closes every open connection (Close 1000, wait for the server's, bounded).
    void closeAll(double timeoutS = 5)
    {
        const int64_t deadline = nowNs() + int64_t(timeoutS * double(kSec));
        for (uint32_t i = 0; i < e.slots(); ++i)
            e.startClose(i, 1000, deadline);
        e.flushDirty();
        loopUntil(deadline + 200 * kMs, [&] { return e.activeCount() == 0; }, 5);
        if (e.activeCount() != 0)
            e.error("close_unfinished", uint64_t(e.activeCount()));
    }

    void emit(Json &body, const std::string &human)
    {
        Json j;
        j.open();
        j.kv("label", o.label).kv("case", o.tag.empty() ? o.scenario : o.tag).kv("scenario", o.scenario);
        j.key("params").open();
        j.kv("connections", o.connections).kv("payload", o.payload).kv("inflight", o.inflight)
            .kv("duration_s", o.duration).kv("warmup_s", o.warmup).kv("rate", o.rate).kv("hold_s", o.hold)
            .kv("path", o.path).kv("src_addrs", o.srcAddrs).kv("connect_concurrency", o.connectConcurrency);
        if (o.scenario == "fanout")
            j.kv("mode", o.fanoutMode);
        j.close();
        const uint64_t errs = e.errorTotal();
        j.kb("ok", errs == 0).kv("errors_total", double(errs));
        j.key("errors").open();
        for (const auto &[k, v] : e.errors())
            j.kv(k, double(v));
        j.close();
        j.key("cpu").open();
        for (size_t i = 0; i < cpu.pids.size() && i < cpu.result.size(); ++i)
            j.kv(cpu.pids[i].name, cpu.result[i]);
        j.close();
        j.key("core_busy").open();
        for (size_t i = 0; i < cpu.coreBusy.size(); ++i)
            j.kv("cpu" + std::to_string(i), cpu.coreBusy[i]);
        j.close();
        j.key("threads").open();
        for (size_t i = 0; i < cpu.pids.size() && i < cpu.threads.size(); ++i)
            j.kv(cpu.pids[i].name, double(cpu.threads[i]));
        j.close();
        if (!openLat.ns.empty()) {
            const LatencySummary ol = summarize(openLat);
            writeLatency(j, "open_latency_us", ol);
        }
        std::string out = j.str();
        if (!body.str().empty()) {
            out += ',';
            out += body.str();
        }
        out += '}';
        std::printf("%s\n", out.c_str());
        std::fflush(stdout);
        std::string cpus;
        for (size_t i = 0; i < cpu.pids.size() && i < cpu.result.size(); ++i) {
            char b[96];
            std::snprintf(b, sizeof b, " %s=%.0f%%", cpu.pids[i].name.c_str(), cpu.result[i] * 100);
            cpus += b;
        }
        for (size_t i = 0; i < cpu.coreBusy.size(); ++i) {
            char b[48];
            std::snprintf(b, sizeof b, " cpu%zu=%.0f%%", i, cpu.coreBusy[i] * 100);
            cpus += b;
        }
        std::string errText;
        for (const auto &[k, v] : e.errors())
            errText += " [" + k + "]=" + std::to_string(v);
        std::fprintf(stderr, "%-22s %-7s %s | cpu%s | errors=%" PRIu64 "%s\n", o.label.c_str(), o.scenario.c_str(),
                     human.c_str(), cpus.c_str(), errs, errText.c_str());
    }
};

std::string fmtLat(const LatencySummary &s)
{
    char b[160];
    std::snprintf(b, sizeof b, "lat us p50=%.0f p90=%.0f p99=%.0f max=%.0f", s.p50, s.p90, s.p99, s.max);
    return b;
}

// ---------------------------------------------------------------------------------------------
// echo

class EchoScenario : public Handler
{
public:
    EchoScenario(const Options &o, Engine &e) : m_o(o), m_e(e), m_run(o, e)
    {
        for (int i = 0; i < o.payload; ++i)
            m_payload += char('a' + i % 26);
        m_prefix = "Message text was: ";
        m_replyLen = m_prefix.size() + m_payload.size();
    }

    int run()
    {
        m_e.setHandler(this);
        const double openS = m_run.openMany(m_o.connections, [&](int) { return m_o.path; });
        Json body;
        if (openS < 0) {
            body.kv("open_s", -1);
            m_run.closeAll();
            m_run.emit(body, "setup failed");
            return 1;
        }
        const int64_t t0 = nowNs();
        m_measureStart = t0 + int64_t(m_o.warmup * double(kSec));
        m_measureEnd = m_measureStart + int64_t(m_o.duration * double(kSec));
        m_sending = true;
        if (m_o.rate <= 0) {
            for (uint32_t i = 0; i < m_e.slots(); ++i) {
                if (m_e.conn(i).st == St::Open)
                    for (int k = 0; k < m_o.inflight; ++k)
                        sendOne(i);
            }
        }
        bool measuring = false;
        m_run.loopUntil(m_measureEnd, [] { return false; }, [&](int64_t now) {
            if (!measuring && now >= m_measureStart) {
                measuring = true;
                m_run.cpu.begin();
            }
            if (m_o.rate > 0)
                paced(now, t0);
        }, 1);
        m_run.cpu.end();
        m_sending = false;
        // Drain: every message sent gets its answer (bounded).
        m_run.loopUntil(nowNs() + 5 * kSec, [&] { return m_inFlight == 0; }, 5);
        if (m_inFlight > 0)
            m_e.error("lost_replies", m_inFlight);
        const int openAtEnd = m_e.openCount();
        m_run.closeAll();

        const double dur = secs(m_measureEnd - m_measureStart);
        const double rate = double(m_received) / dur;
        LatencySummary ls = summarize(m_lat);
        body.kv("open_s", openS).kv("connections_open_at_end", openAtEnd).kv("msgs_per_s", rate)
            .kv("mb_per_s", rate * double(m_payload.size()) / 1e6).kv("measured_s", dur).kv("paced_skips", double(m_skips));
        writeLatency(body, "latency_us", ls);
        char h[128];
        std::snprintf(h, sizeof h, "C=%d P=%d K=%d: %.0f msg/s, ", m_o.connections, m_o.payload, m_o.inflight, rate);
        m_run.emit(body, h + fmtLat(ls));
        return m_e.errorTotal() == 0 ? 0 : 1;
    }

    void onMessage(uint32_t idx, uint8_t op, const char *d, size_t n) override
    {
        Conn &c = m_e.conn(idx);
        const int64_t now = nowNs();
        if (c.sent.empty()) {
            m_e.error("unexpected_message");
            return;
        }
        const int64_t ts = c.sent.front();
        c.sent.pop_front();
        --m_inFlight;
        if (op != 0x1 || n != m_replyLen || std::memcmp(d, m_prefix.data(), m_prefix.size()) != 0)
            m_e.error("bad_reply");
        if (now >= m_measureStart && now < m_measureEnd) {
            ++m_received;
            m_lat.add(now - ts);
        }
        if (m_sending && m_o.rate <= 0)
            sendOne(idx);
    }
    void onDead(uint32_t) override
    {
        // In-flight counts of a dead connection are lost; recount.
        uint64_t f = 0;
        for (uint32_t i = 0; i < m_e.slots(); ++i)
            f += m_e.conn(i).sent.size();
        m_inFlight = f;
    }

private:
    void sendOne(uint32_t idx)
    {
        Conn &c = m_e.conn(idx);
        if (c.st != St::Open)
            return;
        c.sent.push_back(nowNs());
        ++m_inFlight;
        m_e.sendText(idx, m_payload);
    }
    void paced(int64_t now, int64_t t0)
    {
        const uint64_t due = uint64_t(secs(now - t0) * m_o.rate);
        const uint32_t n = uint32_t(m_e.slots());
        while (m_paced < due) {
            bool sent = false;
            for (uint32_t tries = 0; tries < n; ++tries) {
                const uint32_t i = m_rr++ % n;
                Conn &c = m_e.conn(i);
                if (c.st == St::Open && c.sent.size() < size_t(m_o.inflight)) {
                    sendOne(i);
                    sent = true;
                    break;
                }
            }
            ++m_paced;
            if (!sent)
                ++m_skips;   // every connection already had K in flight: the server is behind
        }
    }

    const Options &m_o;
    Engine &m_e;
    Run m_run;
    std::string m_payload;
    std::string m_prefix;
    size_t m_replyLen = 0;
    bool m_sending = false;
    int64_t m_measureStart = 0, m_measureEnd = 0;
    uint64_t m_received = 0;
    uint64_t m_inFlight = 0;
    uint64_t m_paced = 0, m_skips = 0;
    uint32_t m_rr = 0;
    Latency m_lat;
};

// ---------------------------------------------------------------------------------------------
// fanout

int hexv(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool parseHex16(const char *p, uint64_t &out)
{
    uint64_t v = 0;
    for (int i = 0; i < 16; ++i) {
        const int h = hexv(p[i]);
        if (h < 0)
            return false;
        v = (v << 4) | uint64_t(h);
    }
    out = v;
    return true;
}

class FanoutScenario : public Handler
{
public:
    FanoutScenario(const Options &o, Engine &e) : m_o(o), m_e(e), m_run(o, e), m_counts(kRing, 0)
    {
        const bool room = o.fanoutMode == "room";
        m_marker = room ? o.senderName + " joined the room" : "User " + o.senderName + " joined";
        m_prefix = o.senderName + ": ";
    }

    std::string receiverPath(int i) const
    {
        if (!m_o.path.empty())
            return m_o.path;
        return m_o.fanoutMode == "room" ? "/ws/room/bench?token=" + m_o.token
                                        : "/ws/" + std::to_string(1000 + i) + "?token=" + m_o.token;
    }
    std::string senderPath() const
    {
        if (!m_o.senderPath.empty())
            return m_o.senderPath;
        return m_o.fanoutMode == "room" ? "/ws/room/bench?token=" + m_o.senderToken : "/ws/1?token=" + m_o.senderToken;
    }

    int run()
    {
        m_e.setHandler(this);
        Json body;
        const double openS = m_run.openMany(m_o.connections, [&](int i) { return receiverPath(i); });
        if (openS < 0) {
            m_run.closeAll();
            m_run.emit(body, "setup failed (receivers)");
            return 1;
        }
        m_live = m_o.connections;
        // The sender joins last; its join message, seen by every receiver, means the join storm
        // of the receivers has been delivered (per-connection order).
        const int64_t setupDeadline = nowNs() + int64_t(m_o.setupTimeout * double(kSec));
        const int64_t s = m_e.connect(senderPath(), setupDeadline);
        if (s < 0) {
            m_run.closeAll();
            m_run.emit(body, "setup failed (sender)");
            return 1;
        }
        m_sender = uint32_t(s);
        m_senderSet = true;
        const int64_t tJoin = nowNs();
        const bool joined = m_run.loopUntil(setupDeadline, [&] { return m_marked >= m_live && m_senderOpen; }, 2);
        if (!joined) {
            m_e.error("setup_timeout_join_marker", uint64_t(std::max(0, m_live - m_marked)));
            m_run.closeAll();
            m_run.emit(body, "setup failed (join storm)");
            return 1;
        }
        const double joinS = secs(nowNs() - tJoin);

        const int64_t t0 = nowNs();
        m_measureStart = t0 + int64_t(m_o.warmup * double(kSec));
        m_measureEnd = m_measureStart + int64_t(m_o.duration * double(kSec));
        m_sending = true;
        m_lastProgress = t0;
        if (m_o.rate <= 0)
            fill();
        bool measuring = false;
        uint64_t sentAtStart = 0, sentAtEnd = 0;
        m_run.loopUntil(m_measureEnd, [] { return false; }, [&](int64_t now) {
            if (!measuring && now >= m_measureStart) {
                measuring = true;
                sentAtStart = m_sent;
                m_run.cpu.begin();
            }
            if (m_o.rate > 0) {
                const uint64_t due = uint64_t(secs(now - t0) * m_o.rate);
                while (m_sent < due)
                    sendOne();
            } else if (now - m_lastProgress > 3 * kSec && !m_stalled) {
                m_stalled = true;
                m_e.error("stall_3s");
            }
        }, 1);
        m_run.cpu.end();
        sentAtEnd = m_sent;
        m_sending = false;
        // Drain: every delivery of every sent message (bounded).
        m_run.loopUntil(nowNs() + 10 * kSec, [&] { return m_delivered >= m_sent * uint64_t(m_live); }, 5);
        const uint64_t expected = m_sent * uint64_t(m_live);
        if (m_delivered < expected)
            m_e.error("lost_deliveries", expected - m_delivered);
        m_run.closeAll();

        const double dur = secs(m_measureEnd - m_measureStart);
        const double dps = double(m_deliveredInWindow) / dur;
        const double sps = double(sentAtEnd - sentAtStart) / dur;
        LatencySummary ls = summarize(m_lat);
        body.kv("open_s", openS).kv("join_storm_s", joinS).kv("receivers", m_o.connections)
            .kv("deliveries_per_s", dps).kv("sent_per_s", sps).kv("measured_s", dur)
            .kv("other_messages", double(m_other));
        writeLatency(body, "latency_us", ls);
        char h[160];
        std::snprintf(h, sizeof h, "%s C=%d rate=%s: %.0f deliveries/s (%.0f sent/s), ", m_o.fanoutMode.c_str(),
                      m_o.connections, m_o.rate > 0 ? std::to_string(int(m_o.rate)).c_str() : "max", dps, sps);
        m_run.emit(body, h + fmtLat(ls));
        return m_e.errorTotal() == 0 ? 0 : 1;
    }

    void onOpen(uint32_t idx) override
    {
        if (m_senderSet && idx == m_sender)
            m_senderOpen = true;
    }
    void onMessage(uint32_t idx, uint8_t op, const char *d, size_t n) override
    {
        if (m_senderSet && idx == m_sender)
            return;   // cm mode: "You: X" and "alice: X" come back to the sender too
        Conn &c = m_e.conn(idx);
        const std::string_view v(d, n);
        if (op != 0x1) {
            m_e.error("unexpected_binary");
            return;
        }
        if (!c.flagA) {
            if (v == m_marker) {
                c.flagA = true;
                ++m_marked;
            } else {
                ++m_other;
            }
            return;
        }
        if (n < m_prefix.size() + 32 || v.substr(0, m_prefix.size()) != m_prefix) {
            ++m_other;
            return;
        }
        uint64_t ts = 0, seq = 0;
        if (!parseHex16(d + m_prefix.size(), ts) || !parseHex16(d + m_prefix.size() + 16, seq)) {
            m_e.error("bad_delivery");
            return;
        }
        const int64_t now = nowNs();
        ++m_delivered;
        if (now >= m_measureStart && now < m_measureEnd) {
            ++m_deliveredInWindow;
            m_lat.add(now - int64_t(ts));
        }
        if (seq >= m_done && seq < m_sent) {
            ++m_counts[seq & (kRing - 1)];
            advance();
        }
    }
    void onDead(uint32_t idx) override
    {
        if (m_senderSet && idx == m_sender) {
            m_sending = false;
            return;
        }
        if (m_e.conn(idx).flagA && m_marked > 0)
            --m_marked;
        if (m_live > 0)
            --m_live;
        advance();
    }

private:
    static constexpr uint64_t kRing = 1u << 16;

    void advance()
    {
        bool progressed = false;
        while (m_done < m_sent && m_counts[m_done & (kRing - 1)] >= uint32_t(m_live)) {
            m_counts[m_done & (kRing - 1)] = 0;
            ++m_done;
            progressed = true;
        }
        if (progressed) {
            m_lastProgress = nowNs();
            if (m_sending && m_o.rate <= 0)
                fill();
        }
    }
    void fill()
    {
        while (m_sending && m_sent - m_done < uint64_t(m_o.inflight))
            sendOne();
    }
    void sendOne()
    {
        if (m_e.conn(m_sender).st != St::Open || !m_sending)
            return;
        if (m_sent - m_done >= kRing - 1) {
            m_e.error("fanout_ring_overflow");
            m_sending = false;
            return;
        }
        char buf[40];
        std::snprintf(buf, sizeof buf, "%016" PRIx64 "%016" PRIx64, uint64_t(nowNs()), m_sent);
        std::string msg(buf, 32);
        msg.resize(size_t(m_o.payload), 'x');
        m_counts[m_sent & (kRing - 1)] = 0;
        ++m_sent;
        m_e.sendText(m_sender, msg);
    }

    const Options &m_o;
    Engine &m_e;
    Run m_run;
    std::string m_marker, m_prefix;
    uint32_t m_sender = 0;
    bool m_senderSet = false;
    bool m_senderOpen = false;
    int m_marked = 0;
    int m_live = 0;
    bool m_sending = false;
    bool m_stalled = false;
    uint64_t m_sent = 0, m_done = 0;
    uint64_t m_delivered = 0, m_deliveredInWindow = 0, m_other = 0;
    int64_t m_measureStart = 0, m_measureEnd = 0, m_lastProgress = 0;
    std::vector<uint32_t> m_counts;
    Latency m_lat;
};

// ---------------------------------------------------------------------------------------------
// idle

class IdleScenario : public Handler
{
public:
    IdleScenario(const Options &o, Engine &e) : m_o(o), m_e(e), m_run(o, e) {}

    int run()
    {
        m_e.setHandler(this);
        Json body;
        const int serverPid = m_o.watch.empty() ? 0 : m_o.watch.front().pid;
        const long rss0 = serverPid ? readRssKb(serverPid) : -1;
        m_run.cpu.begin();
        const double openS = m_run.openMany(m_o.connections, [&](int) { return m_o.path; });
        m_run.cpu.end();
        std::vector<double> openCpu = m_run.cpu.result;
        // Let the server settle (deferred deletes, handshake buffers freed) before reading.
        m_run.loopUntil(nowNs() + 500 * kMs, [] { return false; }, 5);
        const long rss1 = serverPid ? readRssKb(serverPid) : -1;
        const int opened = m_e.openCount();

        // Hold: nothing is sent; pings are answered by the engine; any close is an error.
        const int64_t holdEnd = nowNs() + int64_t(m_o.hold * double(kSec));
        m_run.loopUntil(holdEnd, [] { return false; }, 20);
        const int heldOpen = m_e.openCount();

        // Verify: every connection still answers.
        m_verifying = true;
        const std::string msg = "x";
        m_expect = "Message text was: x";
        for (uint32_t i = 0; i < m_e.slots(); ++i) {
            if (m_e.conn(i).st == St::Open) {
                m_e.sendText(i, msg);
                ++m_waiting;
            }
        }
        m_e.flushDirty();
        m_run.loopUntil(nowNs() + int64_t(m_o.setupTimeout * double(kSec)), [&] { return m_waiting == 0; }, 5);
        if (m_waiting > 0)
            m_e.error("verify_no_reply", m_waiting);
        const long rss2 = serverPid ? readRssKb(serverPid) : -1;
        m_run.closeAll(10);

        const int n = std::max(1, m_o.connections);
        body.kv("open_s", openS).kv("open_per_s", openS > 0 ? double(opened) / openS : 0)
            .kv("opened", opened).kv("held_open", heldOpen).kv("verified", double(m_verified))
            .kv("rss_before_kb", double(rss0)).kv("rss_after_open_kb", double(rss1)).kv("rss_after_traffic_kb", double(rss2))
            .kv("rss_per_conn_bytes", rss0 > 0 && rss1 > 0 ? double(rss1 - rss0) * 1024.0 / n : -1)
            .kv("rss_per_conn_after_traffic_bytes", rss0 > 0 && rss2 > 0 ? double(rss2 - rss0) * 1024.0 / n : -1);
        body.key("cpu_during_open").open();
        for (size_t i = 0; i < m_run.cpu.pids.size() && i < openCpu.size(); ++i)
            body.kv(m_run.cpu.pids[i].name, openCpu[i]);
        body.close();
        char h[200];
        std::snprintf(h, sizeof h, "C=%d opened in %.2f s, held %.0f s, verified %" PRIu64 ", server RSS %+.1f kB/conn (%.1f after traffic)",
                      m_o.connections, openS, m_o.hold, m_verified, rss0 > 0 ? double(rss1 - rss0) / n : -1.0,
                      rss0 > 0 ? double(rss2 - rss0) / n : -1.0);
        m_run.emit(body, h);
        return m_e.errorTotal() == 0 ? 0 : 1;
    }

    void onMessage(uint32_t idx, uint8_t, const char *d, size_t n) override
    {
        Conn &c = m_e.conn(idx);
        if (!m_verifying || c.flagB) {
            m_e.error("unexpected_message");
            return;
        }
        c.flagB = true;
        --m_waiting;
        if (std::string_view(d, n) == m_expect)
            ++m_verified;
        else
            m_e.error("bad_reply");
    }
    void onDead(uint32_t idx) override
    {
        if (m_verifying && !m_e.conn(idx).flagB && m_waiting > 0)
            --m_waiting;
    }

private:
    const Options &m_o;
    Engine &m_e;
    Run m_run;
    bool m_verifying = false;
    std::string m_expect;
    uint64_t m_waiting = 0;
    uint64_t m_verified = 0;
};

// ---------------------------------------------------------------------------------------------
// churn

class ChurnScenario : public Handler
{
public:
    ChurnScenario(const Options &o, Engine &e) : m_o(o), m_e(e), m_run(o, e) {}

    int run()
    {
        m_e.setHandler(this);
        Json body;
        const double rate = m_o.rate > 0 ? m_o.rate : 200;
        const uint64_t total = uint64_t(std::llround(rate * m_o.duration));
        const int64_t t0 = nowNs();
        m_run.cpu.begin();
        m_run.loopUntil(t0 + int64_t((m_o.duration + 30) * double(kSec)),
                        [&] { return m_started >= total && m_e.activeCount() == 0; },
                        [&](int64_t now) {
                            const uint64_t due = std::min(total, uint64_t(secs(now - t0) * rate) + 1);
                            while (m_started < due && m_e.freeSlots() > 0) {
                                const int64_t idx = m_e.connect(m_o.path, now + 10 * kSec);
                                ++m_started;
                                if (idx < 0)
                                    continue;
                            }
                            if (m_started < due)
                                ++m_behindTicks;
                        }, 1);
        const double took = secs(nowNs() - t0);
        m_run.cpu.end();
        if (m_started < total)
            m_e.error("not_started", total - m_started);
        if (m_e.activeCount() > 0) {
            m_e.error("unfinished", uint64_t(m_e.activeCount()));
            m_run.closeAll(2);
        }
        LatencySummary cyc = summarize(m_cycle);
        LatencySummary open = summarize(m_open);
        LatencySummary reply = summarize(m_reply);
        body.kv("target_rate", rate).kv("started", double(m_started)).kv("completed", double(m_completed))
            .kv("took_s", took).kv("cycles_per_s", double(m_completed) / took).kv("other_messages", double(m_other))
            .kv("behind_ticks", double(m_behindTicks));
        writeLatency(body, "latency_us", cyc);
        writeLatency(body, "open_latency_us", open);
        writeLatency(body, "reply_latency_us", reply);
        char h[200];
        std::snprintf(h, sizeof h, "R=%.0f/s x %.0f s: %" PRIu64 "/%" PRIu64 " cycles ok (%.0f/s), cycle ", rate,
                      m_o.duration, m_completed, m_started, double(m_completed) / took);
        m_run.emit(body, h + fmtLat(cyc));
        return m_e.errorTotal() == 0 ? 0 : 1;
    }

    void onOpen(uint32_t idx) override
    {
        Conn &c = m_e.conn(idx);
        m_open.add(c.tOpen - c.tStart);
        m_e.sendText(idx, m_o.message);
    }
    void onMessage(uint32_t idx, uint8_t op, const char *d, size_t n) override
    {
        Conn &c = m_e.conn(idx);
        if (c.flagA) {
            ++m_other;   // after the answer (e.g. the broadcast copy on /ws/{id})
            return;
        }
        if (op == 0x1 && std::string_view(d, n) == m_o.expect) {
            c.flagA = true;
            m_reply.add(nowNs() - c.tOpen);
            m_e.startClose(idx, 1000, nowNs() + 5 * kSec);
        } else {
            ++m_other;   // welcome JSON, join notices
        }
    }
    void onClosed(uint32_t idx) override
    {
        ++m_completed;
        m_cycle.add(nowNs() - m_e.conn(idx).tStart);
    }

private:
    const Options &m_o;
    Engine &m_e;
    Run m_run;
    uint64_t m_started = 0, m_completed = 0, m_other = 0, m_behindTicks = 0;
    Latency m_cycle, m_open, m_reply;
};

void raiseFdLimit(size_t want)
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        if (rl.rlim_cur < want + 64)
            std::fprintf(stderr, "loadgen: warning: fd limit %llu < %zu connections\n",
                         (unsigned long long)rl.rlim_cur, want);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseOptions(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGINT, [](int) { g_interrupted = 1; });
    std::signal(SIGTERM, [](int) { g_interrupted = 1; });

    if (o.scenario == "echo") {
        raiseFdLimit(size_t(o.connections));
        auto e = std::make_unique<Engine>(o, size_t(o.connections));
        EchoScenario s(o, *e);
        return s.run();
    }
    if (o.scenario == "fanout") {
        raiseFdLimit(size_t(o.connections) + 1);
        auto e = std::make_unique<Engine>(o, size_t(o.connections) + 1);
        FanoutScenario s(o, *e);
        return s.run();
    }
    if (o.scenario == "idle") {
        raiseFdLimit(size_t(o.connections));
        auto e = std::make_unique<Engine>(o, size_t(o.connections));
        IdleScenario s(o, *e);
        return s.run();
    }
    raiseFdLimit(size_t(o.maxActive));
    auto e = std::make_unique<Engine>(o, size_t(o.maxActive));
    ChurnScenario s(o, *e);
    return s.run();
}
