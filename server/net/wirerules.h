#pragma once

#include <QtGlobal>

namespace SocketScope::Wire {

// RFC 6455 §7.4: the codes a peer may put in a Close frame. 1004–1006 and 1015 are reserved
// for reporting and never sent; 1016–2999 are unassigned; 3000–4999 belong to applications.
constexpr bool isValidPeerCloseCode(int code)
{
    return (code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006)
        || (code >= 3000 && code <= 4999);
}

// Control frames carry at most 125 payload bytes (RFC 6455 §5.5); a Close frame's reason is
// what is left after the two-byte code.
inline constexpr int MaxControlPayload = 125;
inline constexpr int MaxCloseReasonBytes = MaxControlPayload - 2;

} // namespace SocketScope::Wire
