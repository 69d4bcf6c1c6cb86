<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ClientConfig</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Query token (?token=…)</source>
        <translation>Query token (?token=…)</translation>
    </message>
    <message>
        <source>Cookie session (session_id=…)</source>
        <translation>Cookie session (session_id=…)</translation>
    </message>
    <message>
        <source>Authorization: Bearer header</source>
        <translation>Authorization: Bearer header</translation>
    </message>
    <message>
        <source>First message {&quot;type&quot;:&quot;auth&quot;}</source>
        <translation>First message {&quot;type&quot;:&quot;auth&quot;}</translation>
    </message>
    <message>
        <source>No credential is sent. Endpoints other than /ws/echo then wait for first-message auth and close with 1008 after the auth timeout.</source>
        <translation>No credential is sent. Endpoints other than /ws/echo then wait for first-message auth and close with 1008 after the auth timeout.</translation>
    </message>
    <message>
        <source>The token travels in the URL: %1</source>
        <translation>The token travels in the URL: %1</translation>
    </message>
    <message>
        <source>The session id travels in the Cookie header of the handshake: Cookie: session_id=%1</source>
        <translation>The session id travels in the Cookie header of the handshake: Cookie: session_id=%1</translation>
    </message>
    <message>
        <source>The token travels in the Authorization header of the handshake: Authorization: Bearer %1</source>
        <translation>The token travels in the Authorization header of the handshake: Authorization: Bearer %1</translation>
    </message>
    <message>
        <source>The token travels in the first message, after the connection is open: %1</source>
        <translation>The token travels in the first message, after the connection is open: %1</translation>
    </message>
    <message>
        <source>Query tokens end up in URLs: in server and proxy access logs, browser history and Referer headers. Prefer a header, a cookie or the first message.</source>
        <translation>Query tokens end up in URLs: in server and proxy access logs, browser history and Referer headers. Prefer a header, a cookie or the first message.</translation>
    </message>
    <message>
        <source>The token is part of the URL: it ends up in server logs and browser history.</source>
        <translation>The token is part of the URL: it ends up in server logs and browser history.</translation>
    </message>
    <message>
        <source>JavaScript cannot add a Cookie header to a WebSocket handshake: the browser sends the
cookies of the server&apos;s host itself. A page served from the same host can set it:</source>
        <translation>JavaScript cannot add a Cookie header to a WebSocket handshake: the browser sends the
cookies of the server&apos;s host itself. A page served from the same host can set it:</translation>
    </message>
    <message>
        <source>Browsers cannot set an Authorization header on a WebSocket handshake (the WebSocket
API has no way to pass headers). This snippet sends the same token as the first
message instead; the server accepts both.</source>
        <translation>Browsers cannot set an Authorization header on a WebSocket handshake (the WebSocket
API has no way to pass headers). This snippet sends the same token as the first
message instead; the server accepts both.</translation>
    </message>
    <message>
        <source>Needs the websockets package (Debian: python3-websockets).</source>
        <translation>Needs the websockets package (Debian: python3-websockets).</translation>
    </message>
    <message>
        <source>websockets 14 and later call this argument additional_headers.</source>
        <translation>websockets 14 and later call this argument additional_headers.</translation>
    </message>
    <message>
        <source>For a self-signed certificate pass ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;).</source>
        <translation>For a self-signed certificate pass ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;).</translation>
    </message>
    <message>
        <source>Waits for the first publication to the topic.</source>
        <translation>Waits for the first publication to the topic.</translation>
    </message>
    <message>
        <source>then type: %1</source>
        <translation>then type: %1</translation>
    </message>
    <message>
        <source>Header line %1: write it as “Name: value”.</source>
        <translation>Header line %1: write it as “Name: value”.</translation>
    </message>
    <message>
        <source>Header line %1: %2 is written by the client itself (use the subprotocol field for Sec-WebSocket-Protocol).</source>
        <translation>Header line %1: %2 is written by the client itself (use the subprotocol field for Sec-WebSocket-Protocol).</translation>
    </message>
    <message>
        <source>Query line %1: write it as “key=value”.</source>
        <translation>Query line %1: write it as “key=value”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid subprotocol name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>“%1” is not a valid subprotocol name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</translation>
    </message>
    <message>
        <source>Browsers cannot add headers to a WebSocket handshake: the custom headers are left out.</source>
        <translation>Browsers cannot add headers to a WebSocket handshake: the custom headers are left out.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>A WebSocket server you can watch and administer live: connections, rooms, topics, rate limits and traffic, with an event log, charts and a client to try every endpoint.</source>
        <translation>A WebSocket server you can watch and administer live: connections, rooms, topics, rate limits and traffic, with an event log, charts and a client to try every endpoint.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Licence: MIT. You may use, copy, modify and distribute SocketScope freely, provided the copyright and licence notice is kept; it comes without any warranty. The full text is in the LICENSE file.</source>
        <translation>Licence: MIT. You may use, copy, modify and distribute SocketScope freely, provided the copyright and licence notice is kept; it comes without any warranty. The full text is in the LICENSE file.</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3.</source>
        <translation>Qt is used under the GNU LGPL version 3.</translation>
    </message>
    <message>
        <source>About SocketScope</source>
        <translation>About SocketScope</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>SocketScope runs a real WebSocket server inside this window. Everything that happens on it appears live: each connection in the Connections view, every connect, authentication, join, rate-limit rejection and close in the event log, and the traffic in the charts.</source>
        <translation>SocketScope runs a real WebSocket server inside this window. Everything that happens on it appears live: each connection in the Connections view, every connect, authentication, join, rate-limit rejection and close in the event log, and the traffic in the charts.</translation>
    </message>
    <message>
        <source>The server is listening on %1. Change the address and port in the toolbar; 127.0.0.1 accepts connections from this computer only, 0.0.0.0 from the network.</source>
        <translation>The server is listening on %1. Change the address and port in the toolbar; 127.0.0.1 accepts connections from this computer only, 0.0.0.0 from the network.</translation>
    </message>
    <message>
        <source>A first client</source>
        <translation>A first client</translation>
    </message>
    <message>
        <source>Open the Client view (a tab next to Connections), choose an endpoint and an authentication method, and connect. Or, from a terminal:</source>
        <translation>Open the Client view (a tab next to Connections), choose an endpoint and an authentication method, and connect. Or, from a terminal:</translation>
    </message>
    <message>
        <source>In a browser console:</source>
        <translation>In a browser console:</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>No authentication. Sends every text back as “Message text was: …” and binary messages unchanged.</source>
        <translation>No authentication. Sends every text back as “Message text was: …” and binary messages unchanged.</translation>
    </message>
    <message>
        <source>For the admin role: admin commands in JSON, such as broadcast, kick, ban and stats.</source>
        <translation>For the admin role: admin commands in JSON, such as broadcast, kick, ban and stats.</translation>
    </message>
    <message>
        <source>Connection manager: everyone connected here sees who joins and leaves and every message.</source>
        <translation>Connection manager: everyone connected here sees who joins and leaves and every message.</translation>
    </message>
    <message>
        <source>A chat room: messages go to the other members of the room.</source>
        <translation>A chat room: messages go to the other members of the room.</translation>
    </message>
    <message>
        <source>Receives every JSON object published to the topic; the admin and publisher roles may publish.</source>
        <translation>Receives every JSON object published to the topic; the admin and publisher roles may publish.</translation>
    </message>
    <message>
        <source>Plain HTTP: a health check in JSON and Prometheus metrics.</source>
        <translation>Plain HTTP: a health check in JSON and Prometheus metrics.</translation>
    </message>
    <message>
        <source>On every endpoint “ping” is answered with “pong”, an empty message with an error, and a user over the rate limit with an error that says when to try again.</source>
        <translation>On every endpoint “ping” is answered with “pong”, an empty message with an error, and a user over the rate limit with an error that says when to try again.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Every endpoint except /ws/echo needs a credential. The first one present decides:</source>
        <translation>Every endpoint except /ws/echo needs a credential. The first one present decides:</translation>
    </message>
    <message>
        <source>An Authorization header: %1. Browsers cannot set it on a WebSocket.</source>
        <translation>An Authorization header: %1. Browsers cannot set it on a WebSocket.</translation>
    </message>
    <message>
        <source>A session cookie: %1, sent by the browser itself.</source>
        <translation>A session cookie: %1, sent by the browser itself.</translation>
    </message>
    <message>
        <source>A query parameter: %1. Simple, but the token ends up in logs and browser history.</source>
        <translation>A query parameter: %1. Simple, but the token ends up in logs and browser history.</translation>
    </message>
    <message>
        <source>None of these: the first message must be %1, within the auth timeout.</source>
        <translation>None of these: the first message must be %1, within the auth timeout.</translation>
    </message>
    <message>
        <source>A token is an API token from the Users view or a JWT signed by the server (Make JWT… in the Client view). A failed authentication closes the connection with code 1008 and a reason such as “Invalid token” or “Token expired”.</source>
        <translation>A token is an API token from the Users view or a JWT signed by the server (Make JWT… in the Client view). A failed authentication closes the connection with code 1008 and a reason such as “Invalid token” or “Token expired”.</translation>
    </message>
    <message>
        <source>An empty database starts with demo users: the tokens secret-token (john_doe) and valid-token (alice, admin), and the sessions abc123 (alice) and xyz789 (bob).</source>
        <translation>An empty database starts with demo users: the tokens secret-token (john_doe) and valid-token (alice, admin), and the sessions abc123 (alice) and xyz789 (bob).</translation>
    </message>
    <message>
        <source>Acting as admin</source>
        <translation>Acting as admin</translation>
    </message>
    <message>
        <source>Right-click a connection to kick it, message or ban its user. Broadcast… and Publish… are in the Server menu; rate limits change live in the Rate limits view. Settings… holds every server option.</source>
        <translation>Right-click a connection to kick it, message or ban its user. Broadcast… and Publish… are in the Server menu; rate limits change live in the Rate limits view. Settings… holds every server option.</translation>
    </message>
    <message>
        <source>Authenticated chat: a JSON welcome, then each message comes back as “User 123: …” (the sender’s user id).</source>
        <translation>Authenticated chat: a JSON welcome, then each message comes back as “User 123: …” (the sender’s user id).</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>The data must be a JSON object ({ … }).</source>
        <translation>The data must be a JSON object ({ … }).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>JwtDecodeDialog</name>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this has %n.</source>
        <translation>
            <numerusform>A JWT has three parts separated by dots; this has %n.</numerusform>
            <numerusform>A JWT has three parts separated by dots; this has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header or claims part is not base64url.</source>
        <translation>The header or claims part is not base64url.</translation>
    </message>
    <message>
        <source>The header or claims part is not a JSON object.</source>
        <translation>The header or claims part is not a JSON object.</translation>
    </message>
    <message>
        <source>no exp claim: it never expires (SocketScope refuses such tokens only if the signature is wrong)</source>
        <translation>no exp claim: it never expires (SocketScope refuses such tokens only if the signature is wrong)</translation>
    </message>
    <message>
        <source>expires %1 (in %2)</source>
        <translation>expires %1 (in %2)</translation>
    </message>
    <message>
        <source>EXPIRED %1 (%2 ago): the server answers 1008 “Token expired”</source>
        <translation>EXPIRED %1 (%2 ago): the server answers 1008 “Token expired”</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>close</source>
        <extracomment>Log entry type: a WebSocket Close frame / the connection closed</extracomment>
        <translation>close</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Log entry type: the connection opened</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• event</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation>Line %1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Not a SocketScope transcript (no header line).</source>
        <translation>Not a SocketScope transcript (no header line).</translation>
    </message>
</context>
<context>
    <name>SocketScope::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>unique, no spaces</source>
        <translation>unique, no spaces</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Chat, rooms and subscriptions</source>
        <translation>Chat, rooms and subscriptions</translation>
    </message>
    <message>
        <source>Can also publish to topics</source>
        <translation>Can also publish to topics</translation>
    </message>
    <message>
        <source>Can also use /ws/admin</source>
        <translation>Can also use /ws/admin</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The name must not contain spaces or control characters.</source>
        <translation>The name must not contain spaces or control characters.</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>There is already a user named “%1”.</translation>
    </message>
</context>
<context>
    <name>SocketScope::AttachDialog</name>
    <message>
        <source>&amp;Remember the token in the desktop keyring</source>
        <translation>&amp;Remember the token in the desktop keyring</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>Attach to server</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server, for example one started with --headless. The window connects to its /ws/admin endpoint with an admin&apos;s token.</source>
        <translation>Watch and administer a running SocketScope server, for example one started with --headless. The window connects to its /ws/admin endpoint with an admin&apos;s token.</translation>
    </message>
    <message>
        <source>ws:// or wss:// with host and port; the path defaults to /ws/admin</source>
        <translation>ws:// or wss:// with host and port; the path defaults to /ws/admin</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>an admin user&apos;s API token or JWT</source>
        <translation>an admin user&apos;s API token or JWT</translation>
    </message>
    <message>
        <source>Sent in the Authorization header (Bearer), never in the URL</source>
        <translation>Sent in the Authorization header (Bearer), never in the URL</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin &amp;token:</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring…</source>
        <translation>Looking for the desktop keyring…</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>Tokens are kept in the desktop keyring, never in SocketScope&apos;s settings file.</source>
        <translation>Tokens are kept in the desktop keyring, never in SocketScope&apos;s settings file.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL.</source>
        <translation>Enter the server&apos;s URL.</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>Not a usable URL: %1</translation>
    </message>
    <message>
        <source>Enter an admin token.</source>
        <translation>Enter an admin token.</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service or KWallet) answers: the token is not saved and is asked for again next time.</source>
        <translation>No desktop keyring (Secret Service or KWallet) answers: the token is not saved and is asked for again next time.</translation>
    </message>
</context>
<context>
    <name>SocketScope::AuditExportDialog</name>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Connections, authentication failures, admin actions and bans from the server&apos;s database, oldest first. Tokens and session ids are never in it.</source>
        <translation>Connections, authentication failures, admin actions and bans from the server&apos;s database, oldest first. Tokens and session ids are never in it.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>&amp;Entries:</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <source>JSON Lines (jq, log tools)</source>
        <translation>JSON Lines (jq, log tools)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
</context>
<context>
    <name>SocketScope::BanDialog</name>
    <message>
        <source>Ban user</source>
        <translation>Ban user</translation>
    </message>
    <message>
        <source>Ban %1: their connections are closed and new ones are refused until the ban ends.</source>
        <translation>Ban %1: their connections are closed and new ones are refused until the ban ends.</translation>
    </message>
    <message>
        <source>A duration such as 90s, 30m, 2h or 1d</source>
        <translation>A duration such as 90s, 30m, 2h or 1d</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Banned by admin</source>
        <translation>Banned by admin</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Ban</translation>
    </message>
    <message>
        <source>Enter a duration such as 90s, 30m, 2h or 1d.</source>
        <translation>Enter a duration such as 90s, 30m, 2h or 1d.</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>The reason is longer than 123 bytes of UTF-8.</translation>
    </message>
</context>
<context>
    <name>SocketScope::BroadcastDialog</name>
    <message>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>A room</source>
        <translation>A room</translation>
    </message>
    <message>
        <source>An endpoint</source>
        <translation>An endpoint</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>A user</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Text to send</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n connection(s) right now.</source>
        <translation>
            <numerusform>Reaches %n connection right now.</numerusform>
            <numerusform>Reaches %n connections right now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm broadcast</source>
        <translation>Confirm broadcast</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n connection(s). Send it?</source>
        <translation>
            <numerusform>This message goes to %n connection. Send it?</numerusform>
            <numerusform>This message goes to %n connections. Send it?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <extracomment>%1 the size of the message (e.g. &quot;1.2 KiB&quot;), %2 the total for all recipients</extracomment>
        <translation>%1 each, %2 in all.</translation>
    </message>
    <message>
        <source>Send is off: the text is only white space, which every endpoint refuses as an empty message.</source>
        <translation>Send is off: the text is only white space, which every endpoint refuses as an empty message.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientPanel</name>
    <message>
        <source>+ &amp;New client</source>
        <translation>+ &amp;New client</translation>
    </message>
    <message>
        <source>Open another client in a new tab</source>
        <translation>Open another client in a new tab</translation>
    </message>
    <message>
        <source>&amp;Open transcript…</source>
        <translation>&amp;Open transcript…</translation>
    </message>
    <message>
        <source>Open a saved JSON Lines transcript in a new tab</source>
        <translation>Open a saved JSON Lines transcript in a new tab</translation>
    </message>
    <message>
        <source>Simulated clients</source>
        <translation>Simulated clients</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Open transcript</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>Scripted scenarios that show, step by step, what happens on the wire</source>
        <translation>Scripted scenarios that show, step by step, what happens on the wire</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientTab</name>
    <message>
        <source>Line %1, column %2: &apos;%3&apos; is not a hex digit</source>
        <translation>Line %1, column %2: &apos;%3&apos; is not a hex digit</translation>
    </message>
    <message>
        <source>Odd number of hex digits: each byte needs two.</source>
        <translation>Odd number of hex digits: each byte needs two.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>client_&amp;id:</source>
        <translation>client_&amp;id:</translation>
    </message>
    <message>
        <source>roo&amp;m_id:</source>
        <translation>roo&amp;m_id:</translation>
    </message>
    <message>
        <source>to&amp;pic:</source>
        <translation>to&amp;pic:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://host:port/path or wss://…</translation>
    </message>
    <message>
        <source>The endpoint&apos;s URL. Type any ws:// or wss:// URL; the credential is added when connecting, by the method chosen below.</source>
        <translation>The endpoint&apos;s URL. Type any ws:// or wss:// URL; the credential is added when connecting, by the method chosen below.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Typed / custom</source>
        <translation>Typed / custom</translation>
    </message>
    <message>
        <source>secret-token — API token of john_doe</source>
        <translation>secret-token — API token of john_doe</translation>
    </message>
    <message>
        <source>valid-token — API token of alice (admin)</source>
        <translation>valid-token — API token of alice (admin)</translation>
    </message>
    <message>
        <source>abc123 — session of alice (admin)</source>
        <translation>abc123 — session of alice (admin)</translation>
    </message>
    <message>
        <source>xyz789 — session of bob</source>
        <translation>xyz789 — session of bob</translation>
    </message>
    <message>
        <source>not-a-token — invalid (to see 1008)</source>
        <translation>not-a-token — invalid (to see 1008)</translation>
    </message>
    <message>
        <source>The demo identities created in an empty database</source>
        <translation>The demo identities created in an empty database</translation>
    </message>
    <message>
        <source>token or session id</source>
        <translation>token or session id</translation>
    </message>
    <message>
        <source>Make &amp;JWT…</source>
        <translation>Make &amp;JWT…</translation>
    </message>
    <message>
        <source>Have the running server sign a JWT for a user, role and lifetime</source>
        <translation>Have the running server sign a JWT for a user, role and lifetime</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>&amp;Auth:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Close with the code and reason beside</source>
        <translation>Close with the code and reason beside</translation>
    </message>
    <message>
        <source>Close code to send: 1000–1003, 1007–1014 or 3000–4999</source>
        <translation>Close code to send: 1000–1003, 1007–1014 or 3000–4999</translation>
    </message>
    <message>
        <source>reason (optional)</source>
        <translation>reason (optional)</translation>
    </message>
    <message>
        <source>Auto-&amp;reconnect</source>
        <translation>Auto-&amp;reconnect</translation>
    </message>
    <message>
        <source>Reconnect after the server or the network closes the connection, waiting 1, 2, 4 … up to 30 s</source>
        <translation>Reconnect after the server or the network closes the connection, waiting 1, 2, 4 … up to 30 s</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <source>Send a protocol ping frame; the pong&apos;s round-trip time is shown</source>
        <translation>Send a protocol ping frame; the pong&apos;s round-trip time is shown</translation>
    </message>
    <message>
        <source>RTT: —</source>
        <translation>RTT: —</translation>
    </message>
    <message>
        <source>Copy as c&amp;ode</source>
        <translation>Copy as c&amp;ode</translation>
    </message>
    <message>
        <source>JavaScript (browser WebSocket)</source>
        <translation>JavaScript (browser WebSocket)</translation>
    </message>
    <message>
        <source>Python (websockets)</source>
        <translation>Python (websockets)</translation>
    </message>
    <message>
        <source>wscat command line</source>
        <translation>wscat command line</translation>
    </message>
    <message>
        <source>c&amp;ode:</source>
        <translation>c&amp;ode:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>&amp;Save transcript…</translation>
    </message>
    <message>
        <source>Save this log as JSON Lines (credentials redacted)</source>
        <translation>Save this log as JSON Lines (credentials redacted)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>Select a message to see it whole (JSON pretty-printed, binary as a hex dump).</source>
        <translation>Select a message to see it whole (JSON pretty-printed, binary as a hex dump).</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Title of the group box with the message editor (noun-like heading, &quot;what to send&quot;)</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON (validated)</source>
        <translation>JSON (validated)</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binary (hex)</translation>
    </message>
    <message>
        <source>&amp;Pretty-print</source>
        <translation>&amp;Pretty-print</translation>
    </message>
    <message>
        <source>Binary from &amp;file…</source>
        <translation>Binary from &amp;file…</translation>
    </message>
    <message>
        <source>Save snippet…</source>
        <translation>Save snippet…</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Delete snippet</translation>
    </message>
    <message>
        <source>Message. Ctrl+Enter sends; Up/Down on the first/last line recall sent messages.</source>
        <translation>Message. Ctrl+Enter sends; Up/Down on the first/last line recall sent messages.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not connected (auto-reconnect off)</source>
        <translation>Not connected (auto-reconnect off)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL: %1</source>
        <translation>Not a ws:// or wss:// URL: %1</translation>
    </message>
    <message>
        <source>Not connected: the URL is not a ws:// or wss:// URL</source>
        <translation>Not connected: the URL is not a ws:// or wss:// URL</translation>
    </message>
    <message>
        <source>No credential: enter one or choose the auth method None.</source>
        <translation>No credential: enter one or choose the auth method None.</translation>
    </message>
    <message>
        <source>Not connected: no credential</source>
        <translation>Not connected: no credential</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>RTT: %1</source>
        <translation>RTT: %1</translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>round trip %1 ms</translation>
    </message>
    <message>
        <source>Opening handshake: GET %1</source>
        <translation>Opening handshake: GET %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (HTTP 101 Switching Protocols)</source>
        <translation>Connected to %1 (HTTP 101 Switching Protocols)</translation>
    </message>
    <message>
        <source>Open — %1, auth: %2</source>
        <translation>Open — %1, auth: %2</translation>
    </message>
    <message>
        <source>first-message auth (token redacted here)</source>
        <translation>first-message auth (token redacted here)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Closed by this client</source>
        <translation>Closed by this client</translation>
    </message>
    <message>
        <source>connection open for %1</source>
        <translation>connection open for %1</translation>
    </message>
    <message>
        <source>Closed by this client: %1</source>
        <translation>Closed by this client: %1</translation>
    </message>
    <message>
        <source>the connection ended without a close frame</source>
        <translation>the connection ended without a close frame</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connection lost: %1</translation>
    </message>
    <message>
        <source>This 1002 comes from Qt 6.4&apos;s QWebSocket, not from the server: it rejects some valid close codes (notably 1013 %1, which SocketScope sends when it is over capacity) and reports 1002 with this reason; the server&apos;s own code is lost. Browsers and python-websockets show the real code.</source>
        <translation>This 1002 comes from Qt 6.4&apos;s QWebSocket, not from the server: it rejects some valid close codes (notably 1013 %1, which SocketScope sends when it is over capacity) and reports 1002 with this reason; the server&apos;s own code is lost. Browsers and python-websockets show the real code.</translation>
    </message>
    <message>
        <source>Closed by the server: %1</source>
        <translation>Closed by the server: %1</translation>
    </message>
    <message>
        <source>a code substituted by Qt; see the log</source>
        <translation>a code substituted by Qt; see the log</translation>
    </message>
    <message>
        <source>Auto-reconnect in %1 s (attempt %2)</source>
        <translation>Auto-reconnect in %1 s (attempt %2)</translation>
    </message>
    <message>
        <source>— reconnecting in %1 s</source>
        <translation>— reconnecting in %1 s</translation>
    </message>
    <message>
        <source>Auto-reconnect cancelled</source>
        <translation>Auto-reconnect cancelled</translation>
    </message>
    <message>
        <source>%1 is reserved and may not be sent in a Close frame; use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>%1 is reserved and may not be sent in a Close frame; use 1000–1003, 1007–1014 or 3000–4999.</translation>
    </message>
    <message>
        <source>The close reason may be at most 123 bytes of UTF-8.</source>
        <translation>The close reason may be at most 123 bytes of UTF-8.</translation>
    </message>
    <message>
        <source>Connection attempt aborted</source>
        <translation>Connection attempt aborted</translation>
    </message>
    <message>
        <source>Closing: %1…</source>
        <translation>Closing: %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>the connection is not open.</source>
        <translation>the connection is not open.</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>empty message</translation>
    </message>
    <message>
        <source>Cannot pretty-print: %1</source>
        <translation>Cannot pretty-print: %1</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Send a file as one binary message</translation>
    </message>
    <message>
        <source>Not sent: the file is larger than %1.</source>
        <translation>Not sent: the file is larger than %1.</translation>
    </message>
    <message>
        <source>Not sent: the connection is not open.</source>
        <translation>Not sent: the connection is not open.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Snippets…</translation>
    </message>
    <message>
        <source>Type the message to save as a snippet first.</source>
        <translation>Type the message to save as a snippet first.</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Save snippet</translation>
    </message>
    <message>
        <source>Snippet name:</source>
        <translation>Snippet name:</translation>
    </message>
    <message>
        <source>Choose the snippet to delete in the list first.</source>
        <translation>Choose the snippet to delete in the list first.</translation>
    </message>
    <message>
        <source>JavaScript (browser)</source>
        <translation>JavaScript (browser)</translation>
    </message>
    <message>
        <source>wscat</source>
        <translation>wscat</translation>
    </message>
    <message>
        <source>Copied as %1</source>
        <translation>Copied as %1</translation>
    </message>
    <message>
        <source>This code is on the clipboard. It contains the credential in clear text.</source>
        <translation>This code is on the clipboard. It contains the credential in clear text.</translation>
    </message>
    <message>
        <source>Copied the connection as %1 code to the clipboard</source>
        <translation>Copied the connection as %1 code to the clipboard</translation>
    </message>
    <message>
        <source>Could not make a JWT: the server is not running.</source>
        <translation>Could not make a JWT: the server is not running.</translation>
    </message>
    <message>
        <source>Made a JWT for %1 (id %2, role %3), expires %4: %5</source>
        <translation>Made a JWT for %1 (id %2, role %3), expires %4: %5</translation>
    </message>
    <message>
        <source>Loaded transcript %1 (%2 entries, saved %3)</source>
        <translation>Loaded transcript %1 (%2 entries, saved %3)</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Save transcript</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Load transcript</source>
        <translation>Load transcript</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Could not load %1: %2</translation>
    </message>
    <message>
        <source>Creden&amp;tial:</source>
        <translation>Creden&amp;tial:</translation>
    </message>
    <message>
        <source>Decode J&amp;WT…</source>
        <translation>Decode J&amp;WT…</translation>
    </message>
    <message>
        <source>Show the header, claims and expiry of the JWT in the credential field</source>
        <translation>Show the header, claims and expiry of the JWT in the credential field</translation>
    </message>
    <message>
        <source>Custom headers, query parameters and subprotocols of the opening handshake</source>
        <translation>Custom headers, query parameters and subprotocols of the opening handshake</translation>
    </message>
    <message>
        <source>&amp;X-ray</source>
        <translation>&amp;X-ray</translation>
    </message>
    <message>
        <source>Show the opening handshake and every frame, both ways (takes effect when connecting)</source>
        <translation>Show the opening handshake and every frame, both ways (takes effect when connecting)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>X-ray: handshake and frames</source>
        <translation>X-ray: handshake and frames</translation>
    </message>
    <message>
        <source>Send each message fragmented into this many frames: the first with the text or binary opcode and FIN=0, then continuation frames, the last with FIN=1 (X-ray connections only)</source>
        <translation>Send each message fragmented into this many frames: the first with the text or binary opcode and FIN=0, then continuation frames, the last with FIN=1 (X-ray connections only)</translation>
    </message>
    <message>
        <source>Fra&amp;gments:</source>
        <translation>Fra&amp;gments:</translation>
    </message>
    <message numerus="yes">
        <source>sent in %n frame(s)</source>
        <translation>
            <numerusform>sent in %n frame</numerusform>
            <numerusform>sent in %n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening handshake (X-ray): GET %1</source>
        <translation>Opening handshake (X-ray): GET %1</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols…</source>
        <translation>Headers, &amp;query, subprotocols…</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols (%1)…</source>
        <translation>Headers, &amp;query, subprotocols (%1)…</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionInspector</name>
    <message>
        <source>Connection %1</source>
        <translation>Connection %1</translation>
    </message>
    <message>
        <source>Capture &amp;frames</source>
        <translation>Capture &amp;frames</translation>
    </message>
    <message>
        <source>Keep this connection&apos;s last frames, both ways, in the server while this is on (it costs nothing while off; closing this window turns it off)</source>
        <translation>Keep this connection&apos;s last frames, both ways, in the server while this is on (it costs nothing while off; closing this window turns it off)</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes.</source>
        <translation>Select a frame to see its bytes.</translation>
    </message>
    <message>
        <source>Act on this connection</source>
        <translation>Act on this connection</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Join room</source>
        <translation>&amp;Join room</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>&amp;Leave room</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Type the text to send first.</source>
        <translation>Type the text to send first.</translation>
    </message>
    <message>
        <source>The connection is closed; what it showed last stays here.</source>
        <translation>The connection is closed; what it showed last stays here.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Sent to connection %1.</source>
        <translation>Sent to connection %1.</translation>
    </message>
    <message numerus="yes">
        <source>Joined room “%1” (%n member(s) now).</source>
        <translation>
            <numerusform>Joined room “%1” (%n member now).</numerusform>
            <numerusform>Joined room “%1” (%n members now).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left room “%1”.</source>
        <translation>Left room “%1”.</translation>
    </message>
    <message>
        <source>Capturing the last %1 frames.</source>
        <translation>Capturing the last %1 frames.</translation>
    </message>
    <message>
        <source>Capture off.</source>
        <translation>Capture off.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection %1&lt;/b&gt; — %2 on %3 from %4</source>
        <translation>&lt;b&gt;Connection %1&lt;/b&gt; — %2 on %3 from %4</translation>
    </message>
    <message>
        <source>Handshake headers the server received (credentials redacted):</source>
        <translation>Handshake headers the server received (credentials redacted):</translation>
    </message>
    <message>
        <source>User-Agent:    %1</source>
        <translation>User-Agent:    %1</translation>
    </message>
    <message>
        <source>Origin:        %1</source>
        <translation>Origin:        %1</translation>
    </message>
    <message>
        <source>Subprotocols:  %1</source>
        <translation>Subprotocols:  %1</translation>
    </message>
    <message>
        <source>Cookies:       %1</source>
        <translation>Cookies:       %1</translation>
    </message>
    <message>
        <source>Auth method:   %1 (credential: %2)</source>
        <translation>Auth method:   %1 (credential: %2)</translation>
    </message>
    <message>
        <source>Identity:      %1, role %2</source>
        <translation>Identity:      %1, role %2</translation>
    </message>
    <message>
        <source>JWT claims:    sub=%1 name=%2 role=%3 exp=%4 (%5)</source>
        <translation>JWT claims:    sub=%1 name=%2 role=%3 exp=%4 (%5)</translation>
    </message>
    <message>
        <source>(joined by an admin: %1)</source>
        <translation>(joined by an admin: %1)</translation>
    </message>
    <message>
        <source>Rooms:         %1</source>
        <translation>Rooms:         %1</translation>
    </message>
    <message>
        <source>Topics:        %1</source>
        <translation>Topics:        %1</translation>
    </message>
    <message>
        <source>Messages:      %1 in, %2 out</source>
        <translation>Messages:      %1 in, %2 out</translation>
    </message>
    <message>
        <source>Bytes:         %1 in, %2 out</source>
        <translation>Bytes:         %1 in, %2 out</translation>
    </message>
    <message>
        <source>RTT:           %1</source>
        <translation>RTT:           %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Unsent bytes:  %1</source>
        <translation>Unsent bytes:  %1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsModel</name>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>(not authenticated)</source>
        <translation>(not authenticated)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>%1 of %2 messages used in the current window</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote address</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connected since</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msgs in</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msgs out</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes in</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes out</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Auth method: %1</source>
        <translation>Auth method: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation>Remote address: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Connected since: %1</source>
        <translation>Connected since: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Last activity: %1</translation>
    </message>
    <message>
        <source>Messages in/out: %1 / %2</source>
        <translation>Messages in/out: %1 / %2</translation>
    </message>
    <message>
        <source>Bytes in/out: %1 / %2</source>
        <translation>Bytes in/out: %1 / %2</translation>
    </message>
    <message>
        <source>RTT: %1</source>
        <translation>RTT: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Rate limit: %1/%2</source>
        <translation>Rate limit: %1/%2</translation>
    </message>
    <message>
        <source>%1 has used %2 of %3 messages in the current window, over all of the user&apos;s connections (the limit is per user)</source>
        <translation>%1 has used %2 of %3 messages in the current window, over all of the user&apos;s connections (the limit is per user)</translation>
    </message>
    <message>
        <source>Not rate limited: the limit counts per user, and this connection has none</source>
        <translation>Not rate limited: the limit counts per user, and this connection has none</translation>
    </message>
    <message>
        <source>User&apos;s rate</source>
        <extracomment>Column: the rate-limit use of the connection&apos;s user (the limit counts per user, not per connection)</extracomment>
        <translation>User&apos;s rate</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsPanel</name>
    <message>
        <source>Filter connections (Ctrl+F)</source>
        <translation>Filter connections (Ctrl+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>All endpoints</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>Endpoint filter</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>User filter</translation>
    </message>
    <message>
        <source>All rooms/topics</source>
        <translation>All rooms/topics</translation>
    </message>
    <message>
        <source>Room or topic filter</source>
        <translation>Room or topic filter</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>One row per connection. The Rate limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>One row per connection. The Rate limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>No connections: the server is not listening. Start it with the toolbar&apos;s Start button.</source>
        <translation>No connections: the server is not listening. Start it with the toolbar&apos;s Start button.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connections yet.&lt;/b&gt; Connect a first client to %1: with the client panel (a tab beside Connections), or from a terminal: %2</source>
        <translation>&lt;b&gt;No connections yet.&lt;/b&gt; Connect a first client to %1: with the client panel (a tab beside Connections), or from a terminal: %2</translation>
    </message>
    <message>
        <source>Open the client panel (Alt+8)</source>
        <translation>Open the client panel (Alt+8)</translation>
    </message>
    <message>
        <source>Getting started (F1)</source>
        <translation>Getting started (F1)</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Room/topic</source>
        <translation>Room/topic</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Close code</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>×%1 in %2; last: %3</source>
        <extracomment>Event log: %1 rate-limit rejections of one user within %2 (a duration), %3 the last one&apos;s detail</extracomment>
        <translation>×%1 in %2; last: %3</translation>
    </message>
    <message>
        <source>SocketScope window</source>
        <extracomment>Event log, User column of an admin action taken in this window (not over /ws/admin)</extracomment>
        <translation>SocketScope window</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogPanel</name>
    <message>
        <source>Search events</source>
        <translation>Search events</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Kinds</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop adding new events to the view; they are kept and shown on resume</source>
        <translation>Stop adding new events to the view; they are kept and shown on resume</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>As &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON Lines…</source>
        <translation>As &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Export event log as CSV</source>
        <translation>Export event log as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export event log as JSON Lines</source>
        <translation>Export event log as JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new event(s) waiting</source>
        <translation>
            <numerusform>paused, %n new event waiting</numerusform>
            <numerusform>paused, %n new events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped by the server under load</source>
        <translation>
            <numerusform>%n event dropped by the server under load</numerusform>
            <numerusform>%n events dropped by the server under load</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group repeated rate-limit rejections</source>
        <translation>&amp;Group repeated rate-limit rejections</translation>
    </message>
    <message>
        <source>One row per user and %1 with the number of rejections, instead of one row each</source>
        <translation>One row per user and %1 with the number of rejections, instead of one row each</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kinds (%n hidden)</source>
        <translation>
            <numerusform>&amp;Kinds (%n hidden)</numerusform>
            <numerusform>&amp;Kinds (%n hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the kinds of event to show</source>
        <translation>Choose the kinds of event to show</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of event hidden; “Show all” shows them again</source>
        <translation>
            <numerusform>%n kind of event hidden; “Show all” shows it again</numerusform>
            <numerusform>%n kinds of event hidden; “Show all” shows them again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::IssueTokenDialog</name>
    <message>
        <source>Issue API token</source>
        <translation>Issue API token</translation>
    </message>
    <message>
        <source>Issue a new API token for %1. It is shown once, right after this step.</source>
        <translation>Issue a new API token for %1. It is shown once, right after this step.</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <source>A duration such as 12h, 30d or 365d, or “never expires”</source>
        <translation>A duration such as 12h, 30d or 365d, or “never expires”</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lifetime:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Enter a lifetime from 1s to 36500d, such as 12h or 30d.</source>
        <translation>Enter a lifetime from 1s to 36500d, such as 12h or 30d.</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDecodeDialog</name>
    <message>
        <source>Decode a JWT</source>
        <translation>Decode a JWT</translation>
    </message>
    <message>
        <source>A JWT is not encrypted: anyone holding it can read its header and claims. Only the signature needs the server&apos;s secret, so it is not checked here.</source>
        <translation>A JWT is not encrypted: anyone holding it can read its header and claims. Only the signature needs the server&apos;s secret, so it is not checked here.</translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation>Not a JWT: %1</translation>
    </message>
    <message>
        <source>Header (algorithm %1):</source>
        <translation>Header (algorithm %1):</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Expiry: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>SocketScope accepts HS256 only: this token is refused with 1008 “Invalid token”.</source>
        <translation>SocketScope accepts HS256 only: this token is refused with 1008 “Invalid token”.</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDialog</name>
    <message>
        <source>Make a JWT</source>
        <translation>Make a JWT</translation>
    </message>
    <message>
        <source>The server signs an HS256 JWT with its own secret. Claims: sub (user id), name, role, exp. The role claim is what the server grants.</source>
        <translation>The server signs an HS256 JWT with its own secret. Claims: sub (user id), name, role, exp. The role claim is what the server grants.</translation>
    </message>
    <message>
        <source>%1 (id %2, %3)</source>
        <translation>%1 (id %2, %3)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>publisher</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lifetime:</translation>
    </message>
    <message>
        <source>Already &amp;expired (to see &quot;Token expired&quot;)</source>
        <translation>Already &amp;expired (to see &quot;Token expired&quot;)</translation>
    </message>
    <message>
        <source>Make &amp;JWT</source>
        <translation>Make &amp;JWT</translation>
    </message>
</context>
<context>
    <name>SocketScope::KickDialog</name>
    <message>
        <source>Kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>Close %1 with this close frame:</source>
        <translation>Close %1 with this close frame:</translation>
    </message>
    <message>
        <source>Close &amp;code:</source>
        <translation>Close &amp;code:</translation>
    </message>
    <message>
        <source>at most 123 bytes</source>
        <translation>at most 123 bytes</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>&amp;Kick</translation>
    </message>
    <message>
        <source>Code %1 is reserved and cannot be sent in a close frame.</source>
        <translation>Code %1 is reserved and cannot be sent in a close frame.</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>The reason is longer than 123 bytes of UTF-8.</translation>
    </message>
    <message>
        <source>Sent to the client in the close frame, as typed (not translated)</source>
        <translation>Sent to the client in the close frame, as typed (not translated)</translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonRunner</name>
    <message>
        <source>1. The opening handshake</source>
        <translation>1. The opening handshake</translation>
    </message>
    <message>
        <source>2. Echo: masking and fragmentation</source>
        <translation>2. Echo: masking and fragmentation</translation>
    </message>
    <message>
        <source>3. A bad token: 101, then 1008</source>
        <translation>3. A bad token: 101, then 1008</translation>
    </message>
    <message>
        <source>4. The rate limit</source>
        <translation>4. The rate limit</translation>
    </message>
    <message>
        <source>5. Ping, pong and the close handshake</source>
        <translation>5. Ping, pong and the close handshake</translation>
    </message>
    <message>
        <source>Look at the request: an ordinary HTTP GET with “Upgrade: websocket”, “Connection: Upgrade” and a random Sec-WebSocket-Key. The server answers 101 Switching Protocols; from then on the TCP connection carries frames, not HTTP.</source>
        <translation>Look at the request: an ordinary HTTP GET with “Upgrade: websocket”, “Connection: Upgrade” and a random Sec-WebSocket-Key. The server answers 101 Switching Protocols; from then on the TCP connection carries frames, not HTTP.</translation>
    </message>
    <message>
        <source>Now the lines under the response: Sec-WebSocket-Accept is base64(SHA-1(key + a fixed GUID)). The client checks it (✓) to know the server really read its request.</source>
        <translation>Now the lines under the response: Sec-WebSocket-Accept is base64(SHA-1(key + a fixed GUID)). The client checks it (✓) to know the server really read its request.</translation>
    </message>
    <message>
        <source>One text frame each way. The client&apos;s frame has MASK=1 and a fresh 4-byte key; the server&apos;s is never masked. Select a frame to see its bits.</source>
        <translation>One text frame each way. The client&apos;s frame has MASK=1 and a fresh 4-byte key; the server&apos;s is never masked. Select a frame to see its bits.</translation>
    </message>
    <message>
        <source>The same kind of message in three frames: text with FIN=0, cont with FIN=0, cont with FIN=1. The server reassembles them and answers with one frame: fragmentation is invisible to the application.</source>
        <translation>The same kind of message in three frames: text with FIN=0, cont with FIN=0, cont with FIN=1. The server reassembles them and answers with one frame: fragmentation is invisible to the application.</translation>
    </message>
    <message>
        <source>The handshake succeeded (101) although the token is wrong: the server checks it after the upgrade and closes with 1008 and a reason. Its first two payload bytes (03 f0) are the code 1008; the client answers with a Close of its own.</source>
        <translation>The handshake succeeded (101) although the token is wrong: the server checks it after the upgrade and closes with 1008 and a reason. Its first two payload bytes (03 f0) are the code 1008; the client answers with a Close of its own.</translation>
    </message>
    <message>
        <source>A ping is a control frame (opcode 0x9, at most 125 bytes, never fragmented); the peer answers with a pong carrying the same payload. Servers use them as a heartbeat.</source>
        <translation>A ping is a control frame (opcode 0x9, at most 125 bytes, never fragmented); the peer answers with a pong carrying the same payload. Servers use them as a heartbeat.</translation>
    </message>
    <message>
        <source>The close handshake: our Close carries code 4000 and a reason; the server answers with a Close of the same code, then closes TCP. Both sides sent a Close: a clean close.</source>
        <translation>The close handshake: our Close carries code 4000 and a reason; the server answers with a Close of the same code, then closes TCP. Both sides sent a Close: a clean close.</translation>
    </message>
    <message>
        <source>Lesson: %1 — connecting…</source>
        <translation>Lesson: %1 — connecting…</translation>
    </message>
    <message>
        <source>Eleven messages at once: the user&apos;s budget is 10 per minute (a sliding window), so at least the last is answered with {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…} instead of “User 123: …”. The connection stays open: the limit drops messages, it does not close.</source>
        <translation>Eleven messages at once: the user&apos;s budget is 10 per minute (a sliding window), so at least the last is answered with {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…} instead of “User 123: …”. The connection stays open: the limit drops messages, it does not close.</translation>
    </message>
</context>
<context>
    <name>SocketScope::MainWindow</name>
    <message>
        <source>SocketScope</source>
        <translation>SocketScope</translation>
    </message>
    <message>
        <source>GUI lag p99: %1 ms</source>
        <translation>GUI lag p99: %1 ms</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a %1 ms timer, over the last %2 s: median %3 ms, 99th percentile %4 ms, worst %5 ms (%6 samples).</source>
        <translation>How late the window&apos;s event loop runs a %1 ms timer, over the last %2 s: median %3 ms, 99th percentile %4 ms, worst %5 ms (%6 samples).</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lateness of a %1 ms timer in the window&apos;s event loop. Values near zero mean the window reacts at once; the server runs on its own thread either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lateness of a %1 ms timer in the window&apos;s event loop. Values near zero mean the window reacts at once; the server runs on its own thread either way.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last %1 s — median</source>
        <translation>Last %1 s — median</translation>
    </message>
    <message>
        <source>Last %1 s — 99th percentile</source>
        <translation>Last %1 s — 99th percentile</translation>
    </message>
    <message>
        <source>Last %1 s — worst</source>
        <translation>Last %1 s — worst</translation>
    </message>
    <message>
        <source>Since start — median</source>
        <translation>Since start — median</translation>
    </message>
    <message>
        <source>Since start — 99th percentile</source>
        <translation>Since start — 99th percentile</translation>
    </message>
    <message>
        <source>Since start — worst</source>
        <translation>Since start — worst</translation>
    </message>
    <message>
        <source>Samples since start</source>
        <translation>Samples since start</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>Connections shown</translation>
    </message>
    <message>
        <source>Events dropped by the server</source>
        <translation>Events dropped by the server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Set SOCKETSCOPE_LAG_REPORT=1 to print these figures to stderr when SocketScope quits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Set SOCKETSCOPE_LAG_REPORT=1 to print these figures to stderr when SocketScope quits.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start (or restart) the server with this address and port (Ctrl+R)</source>
        <translation>Start (or restart) the server with this address and port (Ctrl+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Stop the server; every connection is closed with 1001 Going away</source>
        <translation>Stop the server; every connection is closed with 1001 Going away</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Server state</translation>
    </message>
    <message>
        <source>Use &amp;another port</source>
        <translation>Use &amp;another port</translation>
    </message>
    <message>
        <source>Start on the next free port</source>
        <translation>Start on the next free port</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Broadcast…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Send a text to everyone, a room, an endpoint or a user (Ctrl+B)</source>
        <translation>Send a text to everyone, a room, an endpoint or a user (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Publish a JSON object to a topic (Ctrl+P)</source>
        <translation>Publish a JSON object to a topic (Ctrl+P)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>Members of the selected room</translation>
    </message>
    <message>
        <source>&amp;Broadcast to room…</source>
        <translation>&amp;Broadcast to room…</translation>
    </message>
    <message>
        <source>&amp;Close room…</source>
        <translation>&amp;Close room…</translation>
    </message>
    <message>
        <source>&amp;Show its connections</source>
        <translation>&amp;Show its connections</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Subscribers of the selected topic</source>
        <translation>Subscribers of the selected topic</translation>
    </message>
    <message>
        <source>&amp;Publish JSON…</source>
        <translation>&amp;Publish JSON…</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Rate limits</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export event log as &amp;CSV…</source>
        <translation>Export event log as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export event log as &amp;JSON Lines…</source>
        <translation>Export event log as &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>Export &amp;audit log…</source>
        <translation>Export &amp;audit log…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Users and tokens</source>
        <translation>&amp;Users and tokens</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the Users view: users, API tokens and bans in the server&apos;s database</source>
        <translation>Show the Users view: users, API tokens and bans in the server&apos;s database</translation>
    </message>
    <message>
        <source>&amp;Kick all connections of a user…</source>
        <translation>&amp;Kick all connections of a user…</translation>
    </message>
    <message>
        <source>Kick user</source>
        <translation>Kick user</translation>
    </message>
    <message>
        <source>Select a connection of the user in the Connections view first.</source>
        <translation>Select a connection of the user in the Connections view first.</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Find connection</source>
        <translation>&amp;Find connection</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <source>&amp;About SocketScope</source>
        <translation>&amp;About SocketScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server starts.</source>
        <translation>Settings saved; they apply when the server starts.</translation>
    </message>
    <message>
        <source>Restart the server?</source>
        <translation>Restart the server?</translation>
    </message>
    <message>
        <source>The new server settings apply when the server restarts. Restart it now? Open connections are closed with 1001 (Going away).</source>
        <translation>The new server settings apply when the server restarts. Restart it now? Open connections are closed with 1001 (Going away).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>SocketScope shows the new language when it starts again. Restart now? The server stops and open connections are closed with 1001 (Going away).</source>
        <translation>SocketScope shows the new language when it starts again. Restart now? The server stops and open connections are closed with 1001 (Going away).</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Restart &amp;now</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>“%1” is not an IP address, localhost, any or any6</source>
        <translation>“%1” is not an IP address, localhost, any or any6</translation>
    </message>
    <message>
        <source>Starting wss:// on %1:%2…</source>
        <translation>Starting wss:// on %1:%2…</translation>
    </message>
    <message>
        <source>Starting on %1:%2…</source>
        <translation>Starting on %1:%2…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>SocketScope — %1</source>
        <translation>SocketScope — %1</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;start</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Not started, TLS: %1</source>
        <translation>Not started, TLS: %1</translation>
    </message>
    <message>
        <source>The server could not start</source>
        <translation>The server could not start</translation>
    </message>
    <message>
        <source>TLS: on…</source>
        <translation>TLS: on…</translation>
    </message>
    <message>
        <source>TLS: off…</source>
        <translation>TLS: off…</translation>
    </message>
    <message>
        <source>The server port serves wss:// with %1 and %2. Click to change.</source>
        <translation>The server port serves wss:// with %1 and %2. Click to change.</translation>
    </message>
    <message>
        <source>The server serves plain ws://. Click to set up wss:// (TLS).</source>
        <translation>The server serves plain ws://. Click to set up wss:// (TLS).</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl);;All files (*)</source>
        <translation>JSON Lines files (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>The audit log was not exported: %1</translation>
    </message>
    <message>
        <source>the server is gone</source>
        <translation>the server is gone</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %n audit entry to %1.</numerusform>
            <numerusform>Exported %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Connections: %1</translation>
    </message>
    <message>
        <source>In: %1 msg/s</source>
        <translation>In: %1 msg/s</translation>
    </message>
    <message>
        <source>Out: %1 msg/s</source>
        <translation>Out: %1 msg/s</translation>
    </message>
    <message>
        <source>Uptime: %1</source>
        <translation>Uptime: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n connection(s) affected.</source>
        <translation>
            <numerusform>%1: done, %n connection affected.</numerusform>
            <numerusform>%1: done, %n connections affected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin action failed</source>
        <translation>Admin action failed</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1…</source>
        <translation>&amp;Kick connection %1…</translation>
    </message>
    <message>
        <source>Kick &amp;all of this user…</source>
        <translation>Kick &amp;all of this user…</translation>
    </message>
    <message>
        <source>&amp;Send message to this user…</source>
        <translation>&amp;Send message to this user…</translation>
    </message>
    <message>
        <source>&amp;Ban user…</source>
        <translation>&amp;Ban user…</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Show only “%1”</source>
        <translation>Show only “%1”</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation>connection %1 (%2)</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connection %1</translation>
    </message>
    <message>
        <source>Kick connection %1</source>
        <translation>Kick connection %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n connection(s) of %1</source>
        <translation>
            <numerusform>all %n connection of %1</numerusform>
            <numerusform>all %n connections of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Kick %1</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message to %1</translation>
    </message>
    <message>
        <source>Ban %1 for %2</source>
        <translation>Ban %1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied details of %n connection(s).</source>
        <translation>
            <numerusform>Copied details of %n connection.</numerusform>
            <numerusform>Copied details of %n connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast to room %1</source>
        <translation>Broadcast to room %1</translation>
    </message>
    <message>
        <source>Broadcast to %1</source>
        <translation>Broadcast to %1</translation>
    </message>
    <message>
        <source>Broadcast to everyone</source>
        <translation>Broadcast to everyone</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>Publish to %1</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Close room</translation>
    </message>
    <message numerus="yes">
        <source>Close room “%1”? Its %n connection(s) will be closed.</source>
        <translation>
            <numerusform>Close room “%1”? Its %n connection will be closed.</numerusform>
            <numerusform>Close room “%1”? Its %n connections will be closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close room %1</source>
        <translation>Close room %1</translation>
    </message>
    <message>
        <source>Rate limit %1 per %2</source>
        <translation>Rate limit %1 per %2</translation>
    </message>
    <message>
        <source>T&amp;LS…</source>
        <translation>T&amp;LS…</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 0 to 65535.</source>
        <translation>%1 is not a port: ports go from 0 to 65535.</translation>
    </message>
    <message>
        <source>Show and raise the %1 view</source>
        <translation>Show and raise the %1 view</translation>
    </message>
    <message>
        <source>Port %1 on %2 is not free (%3); the server keeps running on %4.</source>
        <translation>Port %1 on %2 is not free (%3); the server keeps running on %4.</translation>
    </message>
    <message>
        <source>Port in use</source>
        <translation>Port in use</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2 (%3).</source>
        <translation>Connection %1 already closed at %2 (%3).</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2.</source>
        <translation>Connection %1 already closed at %2.</translation>
    </message>
    <message>
        <source>A&amp;ttach to server…</source>
        <translation>A&amp;ttach to server…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server (e.g. one started with --headless) through its /ws/admin endpoint</source>
        <translation>Watch and administer a running SocketScope server (e.g. one started with --headless) through its /ws/admin endpoint</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Detach</translation>
    </message>
    <message>
        <source>Show the embedded server again</source>
        <translation>Show the embedded server again</translation>
    </message>
    <message>
        <source>The token is kept in the desktop keyring.</source>
        <translation>The token is kept in the desktop keyring.</translation>
    </message>
    <message>
        <source>The token was not saved in the keyring: %1</source>
        <translation>The token was not saved in the keyring: %1</translation>
    </message>
    <message>
        <source>Acts on the embedded server; File → Detach shows it again</source>
        <translation>Acts on the embedded server; File → Detach shows it again</translation>
    </message>
    <message>
        <source>Users and tokens live in the attached server&apos;s database: manage them on that machine (socketscope user …, socketscope token …).</source>
        <translation>Users and tokens live in the attached server&apos;s database: manage them on that machine (socketscope user …, socketscope token …).</translation>
    </message>
    <message>
        <source>Attaching to %1…</source>
        <translation>Attaching to %1…</translation>
    </message>
    <message>
        <source>Attaching to %1… (last try: %2)</source>
        <translation>Attaching to %1… (last try: %2)</translation>
    </message>
    <message>
        <source>Attached to %1 — user %2</source>
        <translation>Attached to %1 — user %2</translation>
    </message>
    <message numerus="yes">
        <source>Link to %1 lost, retrying in %n s</source>
        <translation>
            <numerusform>Link to %1 lost, retrying in %n s</numerusform>
            <numerusform>Link to %1 lost, retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached to %1: its certificate is not trusted</source>
        <translation>Not attached to %1: its certificate is not trusted</translation>
    </message>
    <message>
        <source>Not attached to %1: the server closed the link (%2)</source>
        <translation>Not attached to %1: the server closed the link (%2)</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Last error: %2</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Untrusted certificate</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its fingerprint is the one of the server&apos;s own certificate.</source>
        <translation>The certificate of %1 could not be verified. Trust it only if its fingerprint is the one of the server&apos;s own certificate.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256: %5

Problems: %6</source>
        <translation>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256: %5

Problems: %6</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Trust this certificate</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>Link lost: %1</source>
        <translation>Link lost: %1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Not attached: %1</translation>
    </message>
    <message>
        <source>Attaching: %1</source>
        <translation>Attaching: %1</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1…</source>
        <translation>&amp;Inspect connection %1…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>PostgreSQL: up</source>
        <translation>PostgreSQL: up</translation>
    </message>
    <message>
        <source>PostgreSQL: down</source>
        <translation>PostgreSQL: down</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>The database answers.</translation>
    </message>
    <message>
        <source>The database does not answer: logins fail and audit rows wait until it returns.</source>
        <translation>The database does not answer: logins fail and audit rows wait until it returns.</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1 on node %2…</source>
        <translation>&amp;Inspect connection %1 on node %2…</translation>
    </message>
    <message>
        <source>The inspector reads the connection on its own node: attach to node %1 to inspect it.</source>
        <translation>The inspector reads the connection on its own node: attach to node %1 to inspect it.</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1 on node %2…</source>
        <translation>&amp;Kick connection %1 on node %2…</translation>
    </message>
    <message>
        <source>connection %1 on node %2</source>
        <translation>connection %1 on node %2</translation>
    </message>
    <message>
        <source>Connection %1 is on node %2: attach to that node to inspect it.</source>
        <translation>Connection %1 is on node %2: attach to that node to inspect it.</translation>
    </message>
    <message>
        <source>connection %1 on node %2 (%3)</source>
        <translation>connection %1 on node %2 (%3)</translation>
    </message>
    <message>
        <source>Kick connection %1 on node %2</source>
        <translation>Kick connection %1 on node %2</translation>
    </message>
    <message>
        <source>Connections: %1 here, %2 in the cluster</source>
        <translation>Connections: %1 here, %2 in the cluster</translation>
    </message>
</context>
<context>
    <name>SocketScope::MembersModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote address</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msgs in</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msgs out</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
</context>
<context>
    <name>SocketScope::MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>SocketScope::NewTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>New API token</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>It expires on %1.</translation>
    </message>
    <message>
        <source>It never expires.</source>
        <translation>It never expires.</translation>
    </message>
    <message>
        <source>Token %1 for %2. %3</source>
        <translation>Token %1 for %2. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now. It will not be shown again:&lt;/b&gt; SocketScope stores only a hash of it. If it is lost, revoke it and issue a new one.</source>
        <translation>&lt;b&gt;Copy it now. It will not be shown again:&lt;/b&gt; SocketScope stores only a hash of it. If it is lost, revoke it and issue a new one.</translation>
    </message>
    <message>
        <source>Use it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;, &lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt; or in a first message &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt;.</source>
        <translation>Use it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;, &lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt; or in a first message &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (this node)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>This node cannot reach Redis: it serves its own clients only, with a local rate budget, and rejoins by itself when Redis is back.</source>
        <translation>This node cannot reach Redis: it serves its own clients only, with a local rate budget, and rejoins by itself when Redis is back.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Messages/s</translation>
    </message>
    <message>
        <source>Redis link</source>
        <translation>Redis link</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Last heartbeat</translation>
    </message>
    <message>
        <source>name in use</source>
        <translation>name in use</translation>
    </message>
    <message>
        <source>Another running node has the name %1: this one stays out of the cluster, serves its own clients, and joins when the name is free.</source>
        <translation>Another running node has the name %1: this one stays out of the cluster, serves its own clients, and joins when the name is free.</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesPanel</name>
    <message>
        <source>Cluster nodes</source>
        <translation>Cluster nodes</translation>
    </message>
    <message>
        <source>Not in a cluster: start the server with --redis redis://HOST:PORT to join one.</source>
        <translation>Not in a cluster: start the server with --redis redis://HOST:PORT to join one.</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: link up, %n node(s) in the cluster.</source>
        <translation>
            <numerusform>Redis %1: link up, %n node in the cluster.</numerusform>
            <numerusform>Redis %1: link up, %n nodes in the cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis %1: link DOWN. This node serves its own clients only and reconnects by itself.</source>
        <translation>Redis %1: link DOWN. This node serves its own clients only and reconnects by itself.</translation>
    </message>
    <message>
        <source>Redis %1: another running node already has the name %2. This node stays out of the cluster, serves its own clients, and joins when the name is free (or restart it with another --node-name).</source>
        <translation>Redis %1: another running node already has the name %2. This node stays out of the cluster, serves its own clients, and joins when the name is free (or restart it with another --node-name).</translation>
    </message>
</context>
<context>
    <name>SocketScope::PublishDialog</name>
    <message>
        <source>Publish JSON</source>
        <translation>Publish JSON</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Data (JSON object):</source>
        <translation>&amp;Data (JSON object):</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Choose or type a topic.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object. Reaches %n subscriber(s) of “%1” right now.</source>
        <translation>
            <numerusform>Valid JSON object. Reaches %n subscriber of “%1” right now.</numerusform>
            <numerusform>Valid JSON object. Reaches %n subscribers of “%1” right now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid JSON object. Nobody subscribes to “%1” right now: it reaches no one and is not kept.</source>
        <translation>Valid JSON object. Nobody subscribes to “%1” right now: it reaches no one and is not kept.</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsModel</name>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>%1 of %2 messages used in the current window</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Used/limit</source>
        <translation>Used/limit</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Column: the time window of the rate limit (e.g. &quot;1 min&quot;), not a GUI window</extracomment>
        <translation>Window</translation>
    </message>
    <message>
        <source>Resets in</source>
        <translation>Resets in</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Last rejection</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>per</source>
        <translation>per</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rate limits per user</source>
        <translation>Rate limits per user</translation>
    </message>
    <message>
        <source>The Used/limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>The Used/limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</translation>
    </message>
    <message>
        <source>Server: %1 per %2</source>
        <translation>Server: %1 per %2</translation>
    </message>
</context>
<context>
    <name>SocketScope::RequestOptionsDialog</name>
    <message>
        <source>Headers, query and subprotocols</source>
        <translation>Headers, query and subprotocols</translation>
    </message>
    <message>
        <source>Added to the opening handshake of the next connection. Browsers cannot set headers on a WebSocket; other clients can.</source>
        <translation>Added to the opening handshake of the next connection. Browsers cannot set headers on a WebSocket; other clients can.</translation>
    </message>
    <message>
        <source>&amp;Headers (Name: value):</source>
        <translation>&amp;Headers (Name: value):</translation>
    </message>
    <message>
        <source>&amp;Query parameters (key=value):</source>
        <translation>&amp;Query parameters (key=value):</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotocols:</translation>
    </message>
</context>
<context>
    <name>SocketScope::RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>SocketScope::SendToUserDialog</name>
    <message>
        <source>Send message to user</source>
        <translation>Send message to user</translation>
    </message>
    <message numerus="yes">
        <source>Text to %1 (%n open connection(s)):</source>
        <translation>
            <numerusform>Text to %1 (%n open connection):</numerusform>
            <numerusform>Text to %1 (%n open connections):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
</context>
<context>
    <name>SocketScope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limits</translation>
    </message>
    <message>
        <source>Server settings take effect when the server (re)starts. Options given on the command line override them for that run.</source>
        <translation>Server settings take effect when the server (re)starts. Options given on the command line override them for that run.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>An IP address, localhost, any (every IPv4 interface, 0.0.0.0) or any6 (every IPv6 interface, ::). 127.0.0.1 accepts connections from this computer only.</source>
        <translation>An IP address, localhost, any (every IPv4 interface, 0.0.0.0) or any6 (every IPv6 interface, ::). 127.0.0.1 accepts connections from this computer only.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system choose a free port.</source>
        <translation>0 to 65535; 0 lets the system choose a free port.</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>default location</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>kept in the database</source>
        <translation>kept in the database</translation>
    </message>
    <message>
        <source>&amp;JWT secret:</source>
        <translation>&amp;JWT secret:</translation>
    </message>
    <message>
        <source>Signs and checks HS256 JWTs; at least 16 characters. Empty: a secret generated once and kept in the database. A secret entered here is stored in the settings file as plain text.</source>
        <translation>Signs and checks HS256 JWTs; at least 16 characters. Empty: a secret generated once and kept in the database. A secret entered here is stored in the settings file as plain text.</translation>
    </message>
    <message>
        <source>alice (admin), bob and john_doe with the tokens secret-token and valid-token and the sessions abc123 and xyz789.</source>
        <translation>alice (admin), bob and john_doe with the tokens secret-token and valid-token and the sessions abc123 and xyz789.</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>wss:// with a certificate and key (PEM) on the server port, optionally plain ws:// on a second port.</source>
        <translation>wss:// with a certificate and key (PEM) on the server port, optionally plain ws:// on a second port.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>Messages each user may send per window, 1 to 1,000,000. A message over the limit is answered with an error and counted as a rejection.</source>
        <translation>Messages each user may send per window, 1 to 1,000,000. A message over the limit is answered with an error and counted as a rejection.</translation>
    </message>
    <message>
        <source>Rate &amp;window:</source>
        <translation>Rate &amp;window:</translation>
    </message>
    <message>
        <source>The sliding window of the rate limit, from 100ms to 1d (units ms, s, m, h, d: 500ms, 10s, 1m).</source>
        <translation>The sliding window of the rate limit, from 100ms to 1d (units ms, s, m, h, d: 500ms, 10s, 1m).</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Largest &amp;message:</translation>
    </message>
    <message>
        <source>From 125B to 256MiB (units B, KiB, MiB: 64KiB). A larger message closes the connection with 1009.</source>
        <translation>From 125B to 256MiB (units B, KiB, MiB: 64KiB). A larger message closes the connection with 1009.</translation>
    </message>
    <message>
        <source>&amp;Connections in total:</source>
        <translation>&amp;Connections in total:</translation>
    </message>
    <message>
        <source>1 to 1,000,000. Further connections are refused with 1013 (Try again later).</source>
        <translation>1 to 1,000,000. Further connections are refused with 1013 (Try again later).</translation>
    </message>
    <message>
        <source>Connections per &amp;address:</source>
        <translation>Connections per &amp;address:</translation>
    </message>
    <message>
        <source>Connections from one remote address, 1 to 1,000,000; further ones are refused with 1013.</source>
        <translation>Connections from one remote address, 1 to 1,000,000; further ones are refused with 1013.</translation>
    </message>
    <message>
        <source>&amp;Slow consumer limit:</source>
        <translation>&amp;Slow consumer limit:</translation>
    </message>
    <message>
        <source>Unsent data a connection may pile up, from 64KiB to 1GiB. A client that reads more slowly is closed with 1008.</source>
        <translation>Unsent data a connection may pile up, from 64KiB to 1GiB. A client that reads more slowly is closed with 1008.</translation>
    </message>
    <message>
        <source>any origin</source>
        <translation>any origin</translation>
    </message>
    <message>
        <source>Comma-separated origins such as https://example.com:8443 that may connect with a session cookie. Empty: any origin.</source>
        <translation>Comma-separated origins such as https://example.com:8443 that may connect with a session cookie. Empty: any origin.</translation>
    </message>
    <message>
        <source>&amp;Handshake timeout:</source>
        <translation>&amp;Handshake timeout:</translation>
    </message>
    <message>
        <source>From the accepted TCP connection to the WebSocket upgrade, 100ms to 10m.</source>
        <translation>From the accepted TCP connection to the WebSocket upgrade, 100ms to 10m.</translation>
    </message>
    <message>
        <source>&amp;Auth timeout:</source>
        <translation>&amp;Auth timeout:</translation>
    </message>
    <message>
        <source>How long a client without a credential in the handshake has to send {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…}, 100ms to 10m. Then it is closed with 1008.</source>
        <translation>How long a client without a credential in the handshake has to send {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…}, 100ms to 10m. Then it is closed with 1008.</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval:</source>
        <translation>H&amp;eartbeat interval:</translation>
    </message>
    <message>
        <source>Protocol pings, 1s to 1h, or 0 for none. Two missed pongs close the connection with 1001.</source>
        <translation>Protocol pings, 1s to 1h, or 0 for none. Two missed pongs close the connection with 1001.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per second</translation>
    </message>
    <message>
        <source>&amp;Window updates:</source>
        <translation>&amp;Window updates:</translation>
    </message>
    <message>
        <source>Snapshots from the server to this window, 1 to 60 per second. More is smoother and costs more CPU.</source>
        <translation>Snapshots from the server to this window, 1 to 60 per second. More is smoother and costs more CPU.</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Keep rows for:</source>
        <translation>&amp;Keep rows for:</translation>
    </message>
    <message>
        <source>0 to 36,500 days; 0 keeps them forever.</source>
        <translation>0 to 36,500 days; 0 keeps them forever.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>&amp;Rows at most:</translation>
    </message>
    <message>
        <source>0 to 1,000,000,000; 0 means no limit.</source>
        <translation>0 to 1,000,000,000; 0 means no limit.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Takes effect when SocketScope starts again.</source>
        <translation>Takes effect when SocketScope starts again.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark preference; Light and Dark override it.</source>
        <translation>System follows the desktop&apos;s light or dark preference; Light and Dark override it.</translation>
    </message>
    <message>
        <source>Off: plain ws://</source>
        <translation>Off: plain ws://</translation>
    </message>
    <message>
        <source>On: wss:// with %1, plain ws:// on port %2</source>
        <translation>On: wss:// with %1, plain ws:// on port %2</translation>
    </message>
    <message>
        <source>On: wss:// with %1</source>
        <translation>On: wss:// with %1</translation>
    </message>
    <message>
        <source>Address: enter an IP address, localhost, any or any6.</source>
        <translation>Address: enter an IP address, localhost, any or any6.</translation>
    </message>
    <message>
        <source>JWT secret: at least 16 characters, or empty.</source>
        <translation>JWT secret: at least 16 characters, or empty.</translation>
    </message>
    <message>
        <source>Rate window: enter a duration from 100ms to 1d, such as 10s or 1m.</source>
        <translation>Rate window: enter a duration from 100ms to 1d, such as 10s or 1m.</translation>
    </message>
    <message>
        <source>Largest message: enter a size from 125B to 256MiB, such as 64KiB.</source>
        <translation>Largest message: enter a size from 125B to 256MiB, such as 64KiB.</translation>
    </message>
    <message>
        <source>Slow consumer limit: enter a size from 64KiB to 1GiB, such as 4MiB.</source>
        <translation>Slow consumer limit: enter a size from 64KiB to 1GiB, such as 4MiB.</translation>
    </message>
    <message>
        <source>Allowed origins: each origin is scheme://host[:port], such as https://example.com.</source>
        <translation>Allowed origins: each origin is scheme://host[:port], such as https://example.com.</translation>
    </message>
    <message>
        <source>Handshake timeout: enter a duration from 100ms to 10m.</source>
        <translation>Handshake timeout: enter a duration from 100ms to 10m.</translation>
    </message>
    <message>
        <source>Auth timeout: enter a duration from 100ms to 10m.</source>
        <translation>Auth timeout: enter a duration from 100ms to 10m.</translation>
    </message>
    <message>
        <source>Heartbeat interval: enter 0 (off) or a duration from 1s to 1h.</source>
        <translation>Heartbeat interval: enter 0 (off) or a duration from 1s to 1h.</translation>
    </message>
    <message>
        <source>TLS: the plain ws:// port must differ from the server port.</source>
        <translation>TLS: the plain ws:// port must differ from the server port.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Time&amp;outs</source>
        <translation>Time&amp;outs</translation>
    </message>
    <message>
        <source>Audi&amp;t log</source>
        <translation>Audi&amp;t log</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Appeara&amp;nce</translation>
    </message>
    <message>
        <source>Create the demo &amp;users in an empty database</source>
        <translation>Create the demo &amp;users in an empty database</translation>
    </message>
    <message>
        <source>TL&amp;S…</source>
        <translation>TL&amp;S…</translation>
    </message>
    <message>
        <source>Allowed ori&amp;gins:</source>
        <translation>Allowed ori&amp;gins:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Port: %1 is not a port; enter 0 to 65535.</source>
        <translation>Port: %1 is not a port; enter 0 to 65535.</translation>
    </message>
    <message>
        <source>Database file or URL</source>
        <translation>Database file or URL</translation>
    </message>
    <message>
        <source>SQLite file with users, hashed tokens, sessions, bans and the audit log, or a PostgreSQL database that the nodes of a cluster share: postgresql://USER@HOST:PORT/DB (the password comes from the password file below, ~/.pgpass or PGPASSWORD, never from here). Empty: socketscope.sqlite in the application data folder.</source>
        <translation>SQLite file with users, hashed tokens, sessions, bans and the audit log, or a PostgreSQL database that the nodes of a cluster share: postgresql://USER@HOST:PORT/DB (the password comes from the password file below, ~/.pgpass or PGPASSWORD, never from here). Empty: socketscope.sqlite in the application data folder.</translation>
    </message>
    <message>
        <source>~/.pgpass or PGPASSWORD</source>
        <translation>~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Password file</translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation>PostgreSQL password file</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>Pass&amp;word file:</translation>
    </message>
    <message>
        <source>For a postgresql:// database: a file whose first line is the password (keep it readable by you alone). Only its path is saved. Empty: ~/.pgpass or PGPASSWORD.</source>
        <translation>For a postgresql:// database: a file whose first line is the password (keep it readable by you alone). Only its path is saved. Empty: ~/.pgpass or PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClient</name>
    <message>
        <source>Stopped by simulator</source>
        <translation>Stopped by simulator</translation>
    </message>
    <message>
        <source>Stopped before the handshake finished</source>
        <translation>Stopped before the handshake finished</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>No HTTP response</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>Handshake refused: %1</translation>
    </message>
    <message>
        <source>Frame too large for the simulator</source>
        <translation>Frame too large for the simulator</translation>
    </message>
    <message>
        <source>Connection lost without a close frame</source>
        <translation>Connection lost without a close frame</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClients</name>
    <message>
        <source>Idle (answers pings, says nothing)</source>
        <translation>Idle (answers pings, says nothing)</translation>
    </message>
    <message>
        <source>Chatty (sends R messages/s)</source>
        <translation>Chatty (sends R messages/s)</translation>
    </message>
    <message>
        <source>Slow reader (1 KiB/s)</source>
        <translation>Slow reader (1 KiB/s)</translation>
    </message>
    <message>
        <source>Never answers pings</source>
        <translation>Never answers pings</translation>
    </message>
    <message>
        <source>Sends an oversized message</source>
        <translation>Sends an oversized message</translation>
    </message>
    <message>
        <source>Sends invalid UTF-8</source>
        <translation>Sends invalid UTF-8</translation>
    </message>
    <message>
        <source>Simulated clients need a ws:// URL (they do their own handshake and have no TLS).</source>
        <translation>Simulated clients need a ws:// URL (they do their own handshake and have no TLS).</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatorWidget</name>
    <message>
        <source>Simulated clients show rate limiting, heartbeats and limits live on the dashboard. Each one is a plain TCP socket doing its own WebSocket handshake, so it can misbehave in ways a normal client library will not.</source>
        <translation>Simulated clients show rate limiting, heartbeats and limits live on the dashboard. Each one is a plain TCP socket doing its own WebSocket handshake, so it can misbehave in ways a normal client library will not.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>client_id, room_id or topic, for the endpoints that take one</source>
        <translation>client_id, room_id or topic, for the endpoints that take one</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Any ws:// server; built from the endpoint above</source>
        <translation>Any ws:// server; built from the endpoint above</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>All simulated clients share this credential, so they share one user&apos;s rate limit</source>
        <translation>All simulated clients share this credential, so they share one user&apos;s rate limit</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>&amp;Auth:</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Clients:</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Behaviour:</translation>
    </message>
    <message>
        <source> msg/s per client</source>
        <translation> msg/s per client</translation>
    </message>
    <message>
        <source>&amp;Rate (chatty):</source>
        <translation>&amp;Rate (chatty):</translation>
    </message>
    <message>
        <source>S&amp;pawn</source>
        <translation>S&amp;pawn</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>S&amp;top all</translation>
    </message>
    <message>
        <source>Close codes of the simulated clients appear here.</source>
        <translation>Close codes of the simulated clients appear here.</translation>
    </message>
    <message>
        <source>Running: %1 (connecting %2, open %3) · closed so far: %4 · messages sent %5, received %6</source>
        <translation>Running: %1 (connecting %2, open %3) · closed so far: %4 · messages sent %5, received %6</translation>
    </message>
    <message>
        <source>%1 × no close frame: %2</source>
        <translation>%1 × no close frame: %2</translation>
    </message>
    <message>
        <source>%1 × %2 %3%4</source>
        <translation>%1 × %2 %3%4</translation>
    </message>
</context>
<context>
    <name>SocketScope::SnippetStore</name>
    <message>
        <source>Publish to the topic</source>
        <translation>Publish to the topic</translation>
    </message>
    <message>
        <source>Admin: stats</source>
        <translation>Admin: stats</translation>
    </message>
    <message>
        <source>Admin: broadcast</source>
        <translation>Admin: broadcast</translation>
    </message>
    <message>
        <source>Text ping</source>
        <translation>Text ping</translation>
    </message>
</context>
<context>
    <name>SocketScope::TlsDialog</name>
    <message>
        <source>Serve &amp;wss:// (TLS) on the server port</source>
        <translation>Serve &amp;wss:// (TLS) on the server port</translation>
    </message>
    <message>
        <source>Also serve plain ws:// on &amp;port:</source>
        <translation>Also serve plain ws:// on &amp;port:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PEM file, e.g. cert.pem</source>
        <translation>PEM file, e.g. cert.pem</translation>
    </message>
    <message>
        <source>unencrypted PEM private key, e.g. key.pem</source>
        <translation>unencrypted PEM private key, e.g. key.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private key file</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>any</translation>
    </message>
    <message>
        <source>scripts/dev-cert.sh makes a self-signed pair for local use. The files are checked when the server starts; a problem is shown with the file and the reason.</source>
        <translation>scripts/dev-cert.sh makes a self-signed pair for local use. The files are checked when the server starts; a problem is shown with the file and the reason.</translation>
    </message>
    <message>
        <source>Applying restarts the server: open connections are closed with 1001.</source>
        <translation>Applying restarts the server: open connections are closed with 1001.</translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation>&amp;Apply and restart</translation>
    </message>
    <message>
        <source>&amp;Apply and start</source>
        <translation>&amp;Apply and start</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Choose the certificate file.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choose the private key file.</translation>
    </message>
    <message>
        <source>The plain ws:// port must differ from the server port %1.</source>
        <translation>The plain ws:// port must differ from the server port %1.</translation>
    </message>
</context>
<context>
    <name>SocketScope::TokensModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Only the first characters are shown; the store keeps a hash, never the token.</source>
        <translation>Only the first characters are shown; the store keeps a hash, never the token.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SocketScope::TopicsModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>SocketScope::TrafficCharts</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Chart series: connections that are open (adjective)</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Messages/s</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Chart series: received (incoming) traffic</extracomment>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Chart series: sent (outgoing) traffic</extracomment>
        <translation>out</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Rate-limit rejections/s</source>
        <translation>Rate-limit rejections/s</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Line chart of %1 over the chosen time window: %2</source>
        <translation>Line chart of %1 over the chosen time window: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Export chart data as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersModel</name>
    <message numerus="yes">
        <source>%n active token(s)</source>
        <translation>
            <numerusform>%n active token</numerusform>
            <numerusform>%n active tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked or expired</source>
        <translation>
            <numerusform>%n revoked or expired</numerusform>
            <numerusform>%n revoked or expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned until %1</source>
        <translation>Banned until %1</translation>
    </message>
    <message>
        <source>Banned until %1: %2</source>
        <translation>Banned until %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation>Banned until</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersPanel</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Remove user…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Ban…</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Unban</translation>
    </message>
    <message>
        <source>&amp;Issue token…</source>
        <translation>&amp;Issue token…</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>Re&amp;voke token…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Add a user with a name and a role</source>
        <translation>Add a user with a name and a role</translation>
    </message>
    <message>
        <source>Remove the selected user with their tokens, sessions and ban; their open connections are closed</source>
        <translation>Remove the selected user with their tokens, sessions and ban; their open connections are closed</translation>
    </message>
    <message>
        <source>Ban the selected user for a while: their connections are closed, new ones refused</source>
        <translation>Ban the selected user for a while: their connections are closed, new ones refused</translation>
    </message>
    <message>
        <source>Lift the selected user&apos;s ban</source>
        <translation>Lift the selected user&apos;s ban</translation>
    </message>
    <message>
        <source>Issue a new API token for the selected user; it is shown once</source>
        <translation>Issue a new API token for the selected user; it is shown once</translation>
    </message>
    <message>
        <source>Revoke the selected token; connections that use it are closed</source>
        <translation>Revoke the selected token; connections that use it are closed</translation>
    </message>
    <message>
        <source>Read users and tokens from the database again</source>
        <translation>Read users and tokens from the database again</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1, read at %2</source>
        <translation>Database %1, read at %2</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <source>API tokens: select a user</source>
        <translation>API tokens: select a user</translation>
    </message>
    <message>
        <source>API tokens of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>API tokens of &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Adding user “%1”</source>
        <translation>Adding user “%1”</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Added user %1 (%2).</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove %1? Their tokens, sessions and ban are removed too, and their open connections are closed. This cannot be undone.</source>
        <translation>Remove %1? Their tokens, sessions and ban are removed too, and their open connections are closed. This cannot be undone.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Removing %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Issuing a token for %1</source>
        <translation>Issuing a token for %1</translation>
    </message>
    <message>
        <source>Issued token %1 for %2.</source>
        <translation>Issued token %1 for %2.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revoke token</translation>
    </message>
    <message>
        <source>Revoke token %1 (%2) of %3? Connections that authenticated with it are closed, and it cannot be used again.</source>
        <translation>Revoke token %1 (%2) of %3? Connections that authenticated with it are closed, and it cannot be used again.</translation>
    </message>
    <message>
        <source>Revoking token %1</source>
        <translation>Revoking token %1</translation>
    </message>
    <message>
        <source>Revoked token %1 of %2.</source>
        <translation>Revoked token %1 of %2.</translation>
    </message>
    <message>
        <source>Banning %1</source>
        <translation>Banning %1</translation>
    </message>
    <message>
        <source>Banned %1 for %2.</source>
        <translation>Banned %1 for %2.</translation>
    </message>
    <message>
        <source>Unbanning %1</source>
        <translation>Unbanning %1</translation>
    </message>
    <message>
        <source>Unbanned %1.</source>
        <translation>Unbanned %1.</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayFrameModel</name>
    <message>
        <source>1-byte payload: malformed</source>
        <translation>1-byte payload: malformed</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>no status code</translation>
    </message>
    <message>
        <source>FIN=1: the last frame of its message</source>
        <translation>FIN=1: the last frame of its message</translation>
    </message>
    <message>
        <source>FIN=0: more frames of this message follow</source>
        <translation>FIN=0: more frames of this message follow</translation>
    </message>
    <message>
        <source>Masked: every client-to-server frame must be (RFC 6455 §5.3)</source>
        <translation>Masked: every client-to-server frame must be (RFC 6455 §5.3)</translation>
    </message>
    <message>
        <source>Not masked: server-to-client frames never are</source>
        <translation>Not masked: server-to-client frames never are</translation>
    </message>
    <message>
        <source>FIN bit: 1 on the last frame of a message</source>
        <translation>FIN bit: 1 on the last frame of a message</translation>
    </message>
    <message>
        <source>RSV1 RSV2 RSV3: zero unless an extension was negotiated</source>
        <translation>RSV1 RSV2 RSV3: zero unless an extension was negotiated</translation>
    </message>
    <message>
        <source>MASK bit: 1 when the payload is XOR-ed with the masking key</source>
        <translation>MASK bit: 1 when the payload is XOR-ed with the masking key</translation>
    </message>
    <message>
        <source>The 4-byte masking key</source>
        <translation>The 4-byte masking key</translation>
    </message>
    <message>
        <source>Payload length in bytes</source>
        <translation>Payload length in bytes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Close code</translation>
    </message>
    <message>
        <source>No header bytes recorded for this frame.</source>
        <translation>No header bytes recorded for this frame.</translation>
    </message>
    <message numerus="yes">
        <source>Header: %n byte(s)</source>
        <translation>
            <numerusform>Header: %n byte</numerusform>
            <numerusform>Header: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0</source>
        <translation>byte 0</translation>
    </message>
    <message>
        <source>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 opcode=0x%5 (%6)</source>
        <translation>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 opcode=0x%5 (%6)</translation>
    </message>
    <message>
        <source>payload length=%1</source>
        <translation>payload length=%1</translation>
    </message>
    <message>
        <source>126: the length follows in 2 bytes</source>
        <translation>126: the length follows in 2 bytes</translation>
    </message>
    <message>
        <source>127: the length follows in 8 bytes</source>
        <translation>127: the length follows in 8 bytes</translation>
    </message>
    <message>
        <source>byte 1</source>
        <translation>byte 1</translation>
    </message>
    <message>
        <source>MASK=%1 %2</source>
        <translation>MASK=%1 %2</translation>
    </message>
    <message>
        <source>bytes 2–3</source>
        <translation>bytes 2–3</translation>
    </message>
    <message>
        <source>extended payload length (16 bit, big-endian) = %1</source>
        <translation>extended payload length (16 bit, big-endian) = %1</translation>
    </message>
    <message>
        <source>bytes 2–9</source>
        <translation>bytes 2–9</translation>
    </message>
    <message>
        <source>extended payload length (64 bit, big-endian) = %1</source>
        <translation>extended payload length (64 bit, big-endian) = %1</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>bytes %1–%2</translation>
    </message>
    <message>
        <source>masking key</source>
        <translation>masking key</translation>
    </message>
    <message>
        <source>Payload on the wire (masked):</source>
        <translation>Payload on the wire (masked):</translation>
    </message>
    <message>
        <source>Payload unmasked (byte i XOR key byte i mod 4):</source>
        <translation>Payload unmasked (byte i XOR key byte i mod 4):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>close code (16 bit, big-endian) = %1 %2</source>
        <translation>close code (16 bit, big-endian) = %1 %2</translation>
    </message>
    <message>
        <source>  then the reason, UTF-8:</source>
        <translation>  then the reason, UTF-8:</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n more byte</numerusform>
            <numerusform>… %n more bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Sent: client → server</source>
        <translation>Sent: client → server</translation>
    </message>
    <message>
        <source>Received: server → client</source>
        <translation>Received: server → client</translation>
    </message>
    <message>
        <source>Direction: &gt;&gt; client to server, &lt;&lt; server to client</source>
        <translation>Direction: &gt;&gt; client to server, &lt;&lt; server to client</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayView</name>
    <message>
        <source>Show tokens, cookies and Authorization values in clear text (on a projector too)</source>
        <translation>Show tokens, cookies and Authorization values in clear text (on a projector too)</translation>
    </message>
    <message>
        <source>Payload of the ping frame: at most 125 bytes, echoed in the pong</source>
        <translation>Payload of the ping frame: at most 125 bytes, echoed in the pong</translation>
    </message>
    <message>
        <source>Send pin&amp;g</source>
        <translation>Send pin&amp;g</translation>
    </message>
    <message>
        <source>Ping payload:</source>
        <translation>Ping payload:</translation>
    </message>
    <message>
        <source>The opening handshake appears here once an X-ray connection starts.</source>
        <translation>The opening handshake appears here once an X-ray connection starts.</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes with the header bits labelled.</source>
        <translation>Select a frame to see its bytes with the header bits labelled.</translation>
    </message>
    <message>
        <source>&amp;Handshake</source>
        <translation>&amp;Handshake</translation>
    </message>
    <message>
        <source>&amp;Bytes of the frame</source>
        <translation>&amp;Bytes of the frame</translation>
    </message>
    <message>
        <source>X-ray is off. Tick “X-ray” in the connection settings, then connect: the tab then speaks WebSocket itself and shows the handshake and every frame.</source>
        <translation>X-ray is off. Tick “X-ray” in the connection settings, then connect: the tab then speaks WebSocket itself and shows the handshake and every frame.</translation>
    </message>
    <message>
        <source>Why 101 and then 1008, not HTTP 401? The server accepts the upgrade and then refuses with a Close frame: a browser&apos;s WebSocket API never shows the status or body of a refused handshake (only a bare error event), but it does show a Close frame&apos;s code and reason. So the reason here is what a web page can tell its user.</source>
        <translation>Why 101 and then 1008, not HTTP 401? The server accepts the upgrade and then refuses with a Close frame: a browser&apos;s WebSocket API never shows the status or body of a refused handshake (only a bare error event), but it does show a Close frame&apos;s code and reason. So the reason here is what a web page can tell its user.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept, step by step (RFC 6455 §4.2.2):</source>
        <translation>Sec-WebSocket-Accept, step by step (RFC 6455 §4.2.2):</translation>
    </message>
    <message>
        <source>  1. Sec-WebSocket-Key from the request:  %1</source>
        <translation>  1. Sec-WebSocket-Key from the request:  %1</translation>
    </message>
    <message>
        <source>  2. the key + the fixed GUID:            %1</source>
        <translation>  2. the key + the fixed GUID:            %1</translation>
    </message>
    <message>
        <source>  3. SHA-1 of that (20 bytes, hex):       %1</source>
        <translation>  3. SHA-1 of that (20 bytes, hex):       %1</translation>
    </message>
    <message>
        <source>  4. base64 of the 20 bytes:              %1</source>
        <translation>  4. base64 of the 20 bytes:              %1</translation>
    </message>
    <message>
        <source>  5. Sec-WebSocket-Accept in the answer:  %1</source>
        <translation>  5. Sec-WebSocket-Accept in the answer:  %1</translation>
    </message>
    <message>
        <source>  ✓ matches: the server read this very request and speaks WebSocket</source>
        <translation>  ✓ matches: the server read this very request and speaks WebSocket</translation>
    </message>
    <message>
        <source>  ✗ does not match: not a WebSocket server (or a proxy answered); the client must fail</source>
        <translation>  ✗ does not match: not a WebSocket server (or a proxy answered); the client must fail</translation>
    </message>
    <message>
        <source>Request (client → server):</source>
        <translation>Request (client → server):</translation>
    </message>
    <message>
        <source>Response (server → client):</source>
        <translation>Response (server → client):</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Re&amp;veal secrets</translation>
    </message>
    <message>
        <source>Clear frames</source>
        <translation>Clear frames</translation>
    </message>
    <message>
        <source>&amp;Next step ▸</source>
        <translation>&amp;Next step ▸</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Normal closure</source>
        <translation>Normal closure</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Going away</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protocol error</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>Unsupported data</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>No status received</translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation>Abnormal closure</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>Invalid payload data</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>Policy violation</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message too big</translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation>Mandatory extension</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Internal server error</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>Service restart</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Bad gateway</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS handshake failure</translation>
    </message>
    <message>
        <source>Registered (library/framework)</source>
        <translation>Registered (library/framework)</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>Private use</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Endpoint name of /ws/{client_id}, the connection manager that tells everyone who joins and leaves</extracomment>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Auth OK</source>
        <translation>Auth OK</translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation>Auth failed</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>Event: a connection joined a room or subscribed to a topic</extracomment>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Event: a connection left a room or topic (not the direction &quot;left&quot;)</extracomment>
        <translation>Left</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Rate limited</translation>
    </message>
    <message>
        <source>Kicked</source>
        <translation>Kicked</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>first message</source>
        <translation>first message</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of messages per second, e.g. &quot;1.2k&quot;</extracomment>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <extracomment>%1 is how the JWT arrived: header, cookie, query or first message</extracomment>
        <translation>JWT (%1)</translation>
    </message>
</context>
</TS>
