#include "net/closecodes.h"

using namespace Qt::StringLiterals;

namespace SocketScope {

QString closeCodeMeaning(int code)
{
    switch (code) {
    case 1000: return u"Normal closure"_s;
    case 1001: return u"Going away"_s;
    case 1002: return u"Protocol error"_s;
    case 1003: return u"Unsupported data"_s;
    case 1005: return u"No status received"_s;
    case 1006: return u"Abnormal closure"_s;
    case 1007: return u"Invalid payload data"_s;
    case 1008: return u"Policy violation"_s;
    case 1009: return u"Message too big"_s;
    case 1010: return u"Mandatory extension"_s;
    case 1011: return u"Internal server error"_s;
    case 1012: return u"Service restart"_s;
    case 1013: return u"Try again later"_s;
    case 1014: return u"Bad gateway"_s;
    case 1015: return u"TLS handshake failure"_s;
    default: break;
    }
    if (code >= 3000 && code <= 3999)
        return u"Registered (library/framework)"_s;
    if (code >= 4000 && code <= 4999)
        return u"Private use"_s;
    return u"Unknown"_s;
}

QString describeClose(int code, const QString &reason)
{
    QString s = QString::number(code) + u' ' + closeCodeMeaning(code);
    if (!reason.isEmpty())
        s += u": "_s + reason;
    return s;
}

} // namespace SocketScope
