#include "jsonwriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SocketScope {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(QStringView k)
{
    separate();
    appendString(m_out, k);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView s)
{
    separate();
    appendString(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    m_out += QByteArray::number(n);
    return *this;
}

JsonWriter &JsonWriter::value(quint64 n)
{
    separate();
    m_out += QByteArray::number(n);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    if (!std::isfinite(d))
        m_out += "null";
    else
        m_out += QByteArray::number(d, 'g', 15);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
    return *this;
}

void JsonWriter::appendString(QByteArray &out, QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

QByteArray errorJson(QStringView message)
{
    return JsonWriter().beginObject().field(u"error", message).endObject().take();
}

} // namespace SocketScope
