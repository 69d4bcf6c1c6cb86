#include "net/utf8validator.h"

#include <cstring>

namespace SocketScope::Wire {

bool Utf8Validator::feed(const uchar *p, qsizetype n)
{
    const uchar *const end = p + n;
    while (p < end) {
        if (m_need == 0) {
            // Most text is ASCII: eight bytes per step.
            while (end - p >= 8) {
                quint64 w;
                std::memcpy(&w, p, 8);
                if (w & 0x8080808080808080ULL)
                    break;
                p += 8;
            }
            if (p == end)
                break;
            const uchar b = *p++;
            if (b < 0x80)
                continue;
            m_lo = 0x80;
            m_hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_need = 2;
                if (b == 0xE0)
                    m_lo = 0xA0;   // overlong
                else if (b == 0xED)
                    m_hi = 0x9F;   // surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_need = 3;
                if (b == 0xF0)
                    m_lo = 0x90;   // overlong
                else if (b == 0xF4)
                    m_hi = 0x8F;   // above U+10FFFF
            } else {
                return false;
            }
        } else {
            const uchar b = *p++;
            if (b < m_lo || b > m_hi)
                return false;
            --m_need;
            m_lo = 0x80;
            m_hi = 0xBF;
        }
    }
    return true;
}

} // namespace SocketScope::Wire
