#pragma once

#include <QString>

namespace SocketScope {

// RFC 6455 §7.4.1 close codes that SPEC §3 uses.
namespace CloseCode {
inline constexpr int Normal = 1000;
inline constexpr int GoingAway = 1001;
inline constexpr int ProtocolError = 1002;
inline constexpr int UnsupportedData = 1003;
inline constexpr int NoStatus = 1005;
inline constexpr int Abnormal = 1006;
inline constexpr int InvalidPayload = 1007;
inline constexpr int PolicyViolation = 1008;
inline constexpr int TooBig = 1009;
inline constexpr int MissingExtension = 1010;
inline constexpr int InternalError = 1011;
inline constexpr int TryAgainLater = 1013;
} // namespace CloseCode

// "Policy violation" for 1008; "Unknown" for unassigned codes. English, untranslated: the GUI
// translates through its own table.
QString closeCodeMeaning(int code);
// "1008 Policy violation: Admin only"
QString describeClose(int code, const QString &reason);

} // namespace SocketScope
