#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace SocketScope::Wire {

// Streaming UTF-8 check (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). Fed
// the payload of a text message in pieces of any size; says no at the first byte that cannot
// be part of a valid sequence, so an invalid message is refused as soon as it is seen.
class Utf8Validator
{
public:
    // False at the first invalid byte; the validator must then be reset before reuse.
    bool feed(const uchar *p, qsizetype n);
    bool feed(QByteArrayView bytes) { return feed(reinterpret_cast<const uchar *>(bytes.data()), bytes.size()); }
    // True when no code point is left half finished.
    bool atBoundary() const { return m_need == 0; }
    void reset() { *this = Utf8Validator(); }

    static bool isValid(QByteArrayView bytes)
    {
        Utf8Validator v;
        return v.feed(bytes) && v.atBoundary();
    }

private:
    quint8 m_need = 0;   // continuation bytes still expected
    quint8 m_lo = 0x80;  // range of the next continuation byte
    quint8 m_hi = 0xBF;
};

} // namespace SocketScope::Wire
