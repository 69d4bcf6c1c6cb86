#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <vector>

namespace SocketScope {

// Compact JSON with keys in the order written. QJsonObject sorts keys, and SPEC's message
// formats are matched byte for byte by outside clients, so those are written with this.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView k);
    JsonWriter &value(QStringView s);
    JsonWriter &value(const char *latin1) = delete;
    JsonWriter &value(qint64 n);
    JsonWriter &value(quint64 n);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(double d);
    JsonWriter &value(bool b);
    JsonWriter &null();
    // Already-serialised JSON (a forwarded payload); the caller guarantees it is valid.
    JsonWriter &raw(QByteArrayView json);

    // Shorthands for one member.
    JsonWriter &field(QStringView k, QStringView v) { return key(k).value(v); }
    JsonWriter &field(QStringView k, qint64 v) { return key(k).value(v); }
    JsonWriter &field(QStringView k, int v) { return key(k).value(qint64(v)); }
    JsonWriter &field(QStringView k, quint64 v) { return key(k).value(v); }
    JsonWriter &field(QStringView k, bool v) { return key(k).value(v); }

    QByteArray take() { return std::move(m_out); }
    const QByteArray &data() const { return m_out; }

    static void appendString(QByteArray &out, QStringView s);

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first;   // per open container: nothing written yet
    bool m_afterKey = false;
};

// {"error":"<message>"}
QByteArray errorJson(QStringView message);

} // namespace SocketScope
