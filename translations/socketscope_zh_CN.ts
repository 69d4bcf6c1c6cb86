<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClientConfig</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Query token (?token=…)</source>
        <translation>查询参数 Token (?token=…)</translation>
    </message>
    <message>
        <source>Cookie session (session_id=…)</source>
        <translation>会话 Cookie (session_id=…)</translation>
    </message>
    <message>
        <source>Authorization: Bearer header</source>
        <translation>Authorization: Bearer 请求头</translation>
    </message>
    <message>
        <source>First message {&quot;type&quot;:&quot;auth&quot;}</source>
        <translation>首条消息 {&quot;type&quot;:&quot;auth&quot;}</translation>
    </message>
    <message>
        <source>No credential is sent. Endpoints other than /ws/echo then wait for first-message auth and close with 1008 after the auth timeout.</source>
        <translation>不发送任何凭据。除 /ws/echo 外的端点会等待首条消息认证，超过认证超时后以 1008 关闭连接。</translation>
    </message>
    <message>
        <source>The token travels in the URL: %1</source>
        <translation>Token 放在 URL 中：%1</translation>
    </message>
    <message>
        <source>The session id travels in the Cookie header of the handshake: Cookie: session_id=%1</source>
        <translation>会话 ID 放在握手的 Cookie 请求头中：Cookie: session_id=%1</translation>
    </message>
    <message>
        <source>The token travels in the Authorization header of the handshake: Authorization: Bearer %1</source>
        <translation>Token 放在握手的 Authorization 请求头中：Authorization: Bearer %1</translation>
    </message>
    <message>
        <source>The token travels in the first message, after the connection is open: %1</source>
        <translation>Token 在连接打开后的首条消息中发送：%1</translation>
    </message>
    <message>
        <source>Query tokens end up in URLs: in server and proxy access logs, browser history and Referer headers. Prefer a header, a cookie or the first message.</source>
        <translation>查询参数中的 Token 会出现在 URL 里：服务器和代理的访问日志、浏览器历史记录以及 Referer 请求头中都会留下它。建议改用请求头、Cookie 或首条消息。</translation>
    </message>
    <message>
        <source>The token is part of the URL: it ends up in server logs and browser history.</source>
        <translation>Token 是 URL 的一部分：它会出现在服务器日志和浏览器历史记录中。</translation>
    </message>
    <message>
        <source>JavaScript cannot add a Cookie header to a WebSocket handshake: the browser sends the
cookies of the server&apos;s host itself. A page served from the same host can set it:</source>
        <translation>JavaScript 无法为 WebSocket 握手添加 Cookie 请求头：浏览器会自行发送
该服务器主机的 Cookie。来自同一主机的页面可以这样设置：</translation>
    </message>
    <message>
        <source>Browsers cannot set an Authorization header on a WebSocket handshake (the WebSocket
API has no way to pass headers). This snippet sends the same token as the first
message instead; the server accepts both.</source>
        <translation>浏览器无法在 WebSocket 握手中设置 Authorization 请求头（WebSocket
API 无法传递请求头）。此代码片段改为在首条消息中发送同一个
Token；服务器两种方式都接受。</translation>
    </message>
    <message>
        <source>Needs the websockets package (Debian: python3-websockets).</source>
        <translation>需要 websockets 包（Debian：python3-websockets）。</translation>
    </message>
    <message>
        <source>websockets 14 and later call this argument additional_headers.</source>
        <translation>websockets 14 及更高版本中此参数名为 additional_headers。</translation>
    </message>
    <message>
        <source>For a self-signed certificate pass ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;).</source>
        <translation>对于自签名证书，请传入 ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;)。</translation>
    </message>
    <message>
        <source>Waits for the first publication to the topic.</source>
        <translation>等待该主题的第一条发布消息。</translation>
    </message>
    <message>
        <source>then type: %1</source>
        <translation>然后输入：%1</translation>
    </message>
    <message>
        <source>Header line %1: write it as “Name: value”.</source>
        <translation>第 %1 行请求头：请写成“Name: value”。</translation>
    </message>
    <message>
        <source>Header line %1: %2 is written by the client itself (use the subprotocol field for Sec-WebSocket-Protocol).</source>
        <translation>第 %1 行请求头：%2 由客户端自己写入（Sec-WebSocket-Protocol 请用子协议字段）。</translation>
    </message>
    <message>
        <source>Query line %1: write it as “key=value”.</source>
        <translation>第 %1 行查询参数：请写成“key=value”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid subprotocol name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>“%1”不是有效的子协议名（只能用字母、数字和 !#$%&amp;&apos;*+-.^_`|~）。</translation>
    </message>
    <message>
        <source>Browsers cannot add headers to a WebSocket handshake: the custom headers are left out.</source>
        <translation>浏览器无法给 WebSocket 握手添加请求头：这里省略了自定义请求头。</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>A WebSocket server you can watch and administer live: connections, rooms, topics, rate limits and traffic, with an event log, charts and a client to try every endpoint.</source>
        <translation>一个可以实时观察和管理的 WebSocket 服务器：连接、房间、主题、速率限制和流量一目了然，并提供事件日志、图表以及可试用每个端点的客户端。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Licence: MIT. You may use, copy, modify and distribute SocketScope freely, provided the copyright and licence notice is kept; it comes without any warranty. The full text is in the LICENSE file.</source>
        <translation>许可证：MIT。只要保留版权和许可声明，您可以自由使用、复制、修改和分发 SocketScope；本软件不提供任何担保。完整文本见 LICENSE 文件。</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3.</source>
        <translation>Qt 依据 GNU LGPL 第 3 版使用。</translation>
    </message>
    <message>
        <source>About SocketScope</source>
        <translation>关于 SocketScope</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>SocketScope runs a real WebSocket server inside this window. Everything that happens on it appears live: each connection in the Connections view, every connect, authentication, join, rate-limit rejection and close in the event log, and the traffic in the charts.</source>
        <translation>SocketScope 在这个窗口中运行一个真正的 WebSocket 服务器。服务器上发生的一切都会实时显示：每个连接显示在“连接”视图中，每次连接、认证、加入、速率限制拒绝和关闭都记录在事件日志中，流量则显示在图表中。</translation>
    </message>
    <message>
        <source>The server is listening on %1. Change the address and port in the toolbar; 127.0.0.1 accepts connections from this computer only, 0.0.0.0 from the network.</source>
        <translation>服务器正在监听 %1。可在工具栏中更改地址和端口；127.0.0.1 只接受本机连接，0.0.0.0 也接受来自网络的连接。</translation>
    </message>
    <message>
        <source>A first client</source>
        <translation>第一个客户端</translation>
    </message>
    <message>
        <source>Open the Client view (a tab next to Connections), choose an endpoint and an authentication method, and connect. Or, from a terminal:</source>
        <translation>打开“客户端”视图（“连接”旁边的标签页），选择端点和认证方式，然后连接。也可以在终端中运行：</translation>
    </message>
    <message>
        <source>In a browser console:</source>
        <translation>在浏览器控制台中：</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>No authentication. Sends every text back as “Message text was: …” and binary messages unchanged.</source>
        <translation>无需认证。每条文本以“Message text was: …”原样返回，二进制消息原样返回。</translation>
    </message>
    <message>
        <source>For the admin role: admin commands in JSON, such as broadcast, kick, ban and stats.</source>
        <translation>供 admin 角色使用：JSON 格式的管理命令，如 broadcast、kick、ban 和 stats。</translation>
    </message>
    <message>
        <source>Connection manager: everyone connected here sees who joins and leaves and every message.</source>
        <translation>连接管理器：连接到这里的每个人都能看到谁加入、谁离开以及每条消息。</translation>
    </message>
    <message>
        <source>A chat room: messages go to the other members of the room.</source>
        <translation>聊天房间：消息发送给房间内的其他成员。</translation>
    </message>
    <message>
        <source>Receives every JSON object published to the topic; the admin and publisher roles may publish.</source>
        <translation>接收发布到该主题的每个 JSON 对象；admin 和 publisher 角色可以发布。</translation>
    </message>
    <message>
        <source>Plain HTTP: a health check in JSON and Prometheus metrics.</source>
        <translation>普通 HTTP：JSON 格式的健康检查和 Prometheus 指标。</translation>
    </message>
    <message>
        <source>On every endpoint “ping” is answered with “pong”, an empty message with an error, and a user over the rate limit with an error that says when to try again.</source>
        <translation>在每个端点上，“ping”都会得到“pong”的回复；空消息会得到错误提示；超过速率限制的用户会收到一条说明何时可以重试的错误消息。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Every endpoint except /ws/echo needs a credential. The first one present decides:</source>
        <translation>除 /ws/echo 外，每个端点都需要凭据。以最先出现的凭据为准：</translation>
    </message>
    <message>
        <source>An Authorization header: %1. Browsers cannot set it on a WebSocket.</source>
        <translation>Authorization 请求头：%1。浏览器无法为 WebSocket 设置它。</translation>
    </message>
    <message>
        <source>A session cookie: %1, sent by the browser itself.</source>
        <translation>会话 Cookie：%1，由浏览器自动发送。</translation>
    </message>
    <message>
        <source>A query parameter: %1. Simple, but the token ends up in logs and browser history.</source>
        <translation>查询参数：%1。简单，但 Token 会出现在日志和浏览器历史记录中。</translation>
    </message>
    <message>
        <source>None of these: the first message must be %1, within the auth timeout.</source>
        <translation>以上都没有时：首条消息必须是 %1，且须在认证超时内发送。</translation>
    </message>
    <message>
        <source>A token is an API token from the Users view or a JWT signed by the server (Make JWT… in the Client view). A failed authentication closes the connection with code 1008 and a reason such as “Invalid token” or “Token expired”.</source>
        <translation>Token 可以是“用户”视图中的 API Token，也可以是服务器签发的 JWT（在“客户端”视图中点击“生成 JWT…”）。认证失败时，连接会以关闭码 1008 关闭，并附带原因，如“Invalid token”或“Token expired”。</translation>
    </message>
    <message>
        <source>An empty database starts with demo users: the tokens secret-token (john_doe) and valid-token (alice, admin), and the sessions abc123 (alice) and xyz789 (bob).</source>
        <translation>空数据库会预置演示用户：Token secret-token（john_doe）和 valid-token（alice，管理员），以及会话 abc123（alice）和 xyz789（bob）。</translation>
    </message>
    <message>
        <source>Acting as admin</source>
        <translation>以管理员身份操作</translation>
    </message>
    <message>
        <source>Right-click a connection to kick it, message or ban its user. Broadcast… and Publish… are in the Server menu; rate limits change live in the Rate limits view. Settings… holds every server option.</source>
        <translation>右键单击一个连接可以踢出它，或向其用户发送消息、封禁其用户。“广播…”和“发布…”位于“服务器”菜单中；速率限制可在“速率限制”视图中实时修改。“设置…”包含所有服务器选项。</translation>
    </message>
    <message>
        <source>Authenticated chat: a JSON welcome, then each message comes back as “User 123: …” (the sender’s user id).</source>
        <translation>需要认证的聊天：先收到 JSON 欢迎消息，之后每条消息以“User 123: …”的形式返回（发送者的用户 ID）。</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>The data must be a JSON object ({ … }).</source>
        <translation>数据必须是 JSON 对象（{ … }）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>JwtDecodeDialog</name>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this has %n.</source>
        <translation>
            <numerusform>JWT 由三段以点分隔的部分组成；这里有 %n 段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The header or claims part is not base64url.</source>
        <translation>头部或声明部分不是 base64url 编码。</translation>
    </message>
    <message>
        <source>The header or claims part is not a JSON object.</source>
        <translation>头部或声明部分不是 JSON 对象。</translation>
    </message>
    <message>
        <source>no exp claim: it never expires (SocketScope refuses such tokens only if the signature is wrong)</source>
        <translation>没有 exp 声明：永不过期（只有签名错误时 SocketScope 才拒绝这种令牌）</translation>
    </message>
    <message>
        <source>expires %1 (in %2)</source>
        <translation>%1 过期（还有 %2）</translation>
    </message>
    <message>
        <source>EXPIRED %1 (%2 ago): the server answers 1008 “Token expired”</source>
        <translation>已过期：%1（%2 前）；服务器会以 1008 “Token expired”关闭</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>close</source>
        <extracomment>Log entry type: a WebSocket Close frame / the connection closed</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Log entry type: the connection opened</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 接收</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 发送</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• 事件</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation>第 %1 行不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Not a SocketScope transcript (no header line).</source>
        <translation>不是 SocketScope 记录文件（缺少头部行）。</translation>
    </message>
</context>
<context>
    <name>SocketScope::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>unique, no spaces</source>
        <translation>唯一，不含空格</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Chat, rooms and subscriptions</source>
        <translation>聊天、房间和订阅</translation>
    </message>
    <message>
        <source>Can also publish to topics</source>
        <translation>还可以向主题发布</translation>
    </message>
    <message>
        <source>Can also use /ws/admin</source>
        <translation>还可以使用 /ws/admin</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The name must not contain spaces or control characters.</source>
        <translation>名称不得包含空格或控制字符。</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>已存在名为“%1”的用户。</translation>
    </message>
</context>
<context>
    <name>SocketScope::AttachDialog</name>
    <message>
        <source>&amp;Remember the token in the desktop keyring</source>
        <translation>在桌面密钥环中记住令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>附加到服务器</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server, for example one started with --headless. The window connects to its /ws/admin endpoint with an admin&apos;s token.</source>
        <translation>监视和管理一个正在运行的 SocketScope 服务器，例如以 --headless 启动的服务器。窗口使用管理员的令牌连接到它的 /ws/admin 端点。</translation>
    </message>
    <message>
        <source>ws:// or wss:// with host and port; the path defaults to /ws/admin</source>
        <translation>ws:// 或 wss://，带主机和端口；路径默认为 /ws/admin</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>an admin user&apos;s API token or JWT</source>
        <translation>管理员用户的 API 令牌或 JWT</translation>
    </message>
    <message>
        <source>Sent in the Authorization header (Bearer), never in the URL</source>
        <translation>在 Authorization 头（Bearer）中发送，绝不放在 URL 中</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>管理员令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring…</source>
        <translation>正在查找桌面密钥环…</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>附加(&amp;A)</translation>
    </message>
    <message>
        <source>Tokens are kept in the desktop keyring, never in SocketScope&apos;s settings file.</source>
        <translation>令牌保存在桌面密钥环中，绝不写入 SocketScope 的设置文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL.</source>
        <translation>请输入服务器的 URL。</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>不可用的 URL：%1</translation>
    </message>
    <message>
        <source>Enter an admin token.</source>
        <translation>请输入管理员令牌。</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service or KWallet) answers: the token is not saved and is asked for again next time.</source>
        <translation>没有桌面密钥环（Secret Service 或 KWallet）响应：令牌不会被保存，下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>SocketScope::AuditExportDialog</name>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Connections, authentication failures, admin actions and bans from the server&apos;s database, oldest first. Tokens and session ids are never in it.</source>
        <translation>来自服务器数据库的连接、认证失败、管理操作和封禁记录，按时间从早到晚排列。其中绝不包含 Token 和会话 ID。</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最近一周</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>条目(&amp;E)：</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>JSON Lines (jq, log tools)</source>
        <translation>JSON Lines（jq、日志工具）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>SocketScope::BanDialog</name>
    <message>
        <source>Ban user</source>
        <translation>封禁用户</translation>
    </message>
    <message>
        <source>Ban %1: their connections are closed and new ones are refused until the ban ends.</source>
        <translation>封禁 %1：其连接将被关闭，在封禁结束前新连接会被拒绝。</translation>
    </message>
    <message>
        <source>A duration such as 90s, 30m, 2h or 1d</source>
        <translation>时长，例如 90s、30m、2h 或 1d</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Banned by admin</source>
        <translation>被管理员封禁</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>封禁(&amp;B)</translation>
    </message>
    <message>
        <source>Enter a duration such as 90s, 30m, 2h or 1d.</source>
        <translation>请输入时长，例如 90s、30m、2h 或 1d。</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>原因超过 123 字节（UTF-8）。</translation>
    </message>
</context>
<context>
    <name>SocketScope::BroadcastDialog</name>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>A room</source>
        <translation>一个房间</translation>
    </message>
    <message>
        <source>An endpoint</source>
        <translation>一个端点</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>一个用户</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>发送给(&amp;T)：</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>要发送的文本</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n connection(s) right now.</source>
        <translation>
            <numerusform>当前会送达 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm broadcast</source>
        <translation>确认广播</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n connection(s). Send it?</source>
        <translation>
            <numerusform>此消息将发送到 %n 个连接。确定发送吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <extracomment>%1 the size of the message (e.g. &quot;1.2 KiB&quot;), %2 the total for all recipients</extracomment>
        <translation>每个 %1，共 %2。</translation>
    </message>
    <message>
        <source>Send is off: the text is only white space, which every endpoint refuses as an empty message.</source>
        <translation>无法发送：文本只有空白字符，每个端点都会把它当作空消息拒绝。</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientPanel</name>
    <message>
        <source>+ &amp;New client</source>
        <translation>+ 新建客户端(&amp;N)</translation>
    </message>
    <message>
        <source>Open another client in a new tab</source>
        <translation>在新标签页中打开另一个客户端</translation>
    </message>
    <message>
        <source>&amp;Open transcript…</source>
        <translation>打开记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved JSON Lines transcript in a new tab</source>
        <translation>在新标签页中打开已保存的 JSON Lines 记录</translation>
    </message>
    <message>
        <source>Simulated clients</source>
        <translation>模拟客户端</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Scripted scenarios that show, step by step, what happens on the wire</source>
        <translation>预设场景，逐步展示线路上发生了什么</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientTab</name>
    <message>
        <source>Line %1, column %2: &apos;%3&apos; is not a hex digit</source>
        <translation>第 %1 行，第 %2 列：“%3”不是十六进制数字</translation>
    </message>
    <message>
        <source>Odd number of hex digits: each byte needs two.</source>
        <translation>十六进制数字个数为奇数：每个字节需要两位。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>client_&amp;id:</source>
        <translation>client_&amp;id：</translation>
    </message>
    <message>
        <source>roo&amp;m_id:</source>
        <translation>roo&amp;m_id：</translation>
    </message>
    <message>
        <source>to&amp;pic:</source>
        <translation>to&amp;pic：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://主机:端口/路径 或 wss://…</translation>
    </message>
    <message>
        <source>The endpoint&apos;s URL. Type any ws:// or wss:// URL; the credential is added when connecting, by the method chosen below.</source>
        <translation>端点的 URL。可输入任意 ws:// 或 wss:// URL；连接时会按下方选择的方式添加凭据。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL：</translation>
    </message>
    <message>
        <source>Typed / custom</source>
        <translation>手动输入 / 自定义</translation>
    </message>
    <message>
        <source>secret-token — API token of john_doe</source>
        <translation>secret-token — john_doe 的 API Token</translation>
    </message>
    <message>
        <source>valid-token — API token of alice (admin)</source>
        <translation>valid-token — alice（管理员）的 API Token</translation>
    </message>
    <message>
        <source>abc123 — session of alice (admin)</source>
        <translation>abc123 — alice（管理员）的会话</translation>
    </message>
    <message>
        <source>xyz789 — session of bob</source>
        <translation>xyz789 — bob 的会话</translation>
    </message>
    <message>
        <source>not-a-token — invalid (to see 1008)</source>
        <translation>not-a-token — 无效（用于查看 1008）</translation>
    </message>
    <message>
        <source>The demo identities created in an empty database</source>
        <translation>在空数据库中创建的演示身份</translation>
    </message>
    <message>
        <source>token or session id</source>
        <translation>Token 或会话 ID</translation>
    </message>
    <message>
        <source>Make &amp;JWT…</source>
        <translation>生成 &amp;JWT…</translation>
    </message>
    <message>
        <source>Have the running server sign a JWT for a user, role and lifetime</source>
        <translation>让正在运行的服务器为指定用户、角色和有效期签发 JWT</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>认证(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Close with the code and reason beside</source>
        <translation>使用旁边的关闭码和原因关闭</translation>
    </message>
    <message>
        <source>Close code to send: 1000–1003, 1007–1014 or 3000–4999</source>
        <translation>要发送的关闭码：1000–1003、1007–1014 或 3000–4999</translation>
    </message>
    <message>
        <source>reason (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Auto-&amp;reconnect</source>
        <translation>自动重连(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect after the server or the network closes the connection, waiting 1, 2, 4 … up to 30 s</source>
        <translation>在服务器或网络关闭连接后重新连接，等待 1、2、4 …… 最长 30 秒</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <source>Send a protocol ping frame; the pong&apos;s round-trip time is shown</source>
        <translation>发送协议 Ping 帧；显示 Pong 的往返时间</translation>
    </message>
    <message>
        <source>RTT: —</source>
        <translation>RTT：—</translation>
    </message>
    <message>
        <source>Copy as c&amp;ode</source>
        <translation>复制为代码(&amp;O)</translation>
    </message>
    <message>
        <source>JavaScript (browser WebSocket)</source>
        <translation>JavaScript（浏览器 WebSocket）</translation>
    </message>
    <message>
        <source>Python (websockets)</source>
        <translation>Python（websockets）</translation>
    </message>
    <message>
        <source>wscat command line</source>
        <translation>wscat 命令行</translation>
    </message>
    <message>
        <source>c&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>搜索日志…</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>保存记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this log as JSON Lines (credentials redacted)</source>
        <translation>将此日志保存为 JSON Lines（凭据已隐去）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 接收</translation>
    </message>
    <message>
        <source>Select a message to see it whole (JSON pretty-printed, binary as a hex dump).</source>
        <translation>选择一条消息以查看完整内容（JSON 格式化显示，二进制显示为十六进制转储）。</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Title of the group box with the message editor (noun-like heading, &quot;what to send&quot;)</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON (validated)</source>
        <translation>JSON（已校验）</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（十六进制）</translation>
    </message>
    <message>
        <source>&amp;Pretty-print</source>
        <translation>格式化(&amp;P)</translation>
    </message>
    <message>
        <source>Binary from &amp;file…</source>
        <translation>从文件发送二进制(&amp;F)…</translation>
    </message>
    <message>
        <source>Save snippet…</source>
        <translation>保存代码片段…</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>删除代码片段</translation>
    </message>
    <message>
        <source>Message. Ctrl+Enter sends; Up/Down on the first/last line recall sent messages.</source>
        <translation>消息。Ctrl+Enter 发送；在首行/末行按 上/下 键可调出已发送的消息。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not connected (auto-reconnect off)</source>
        <translation>未连接（自动重连已关闭）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL: %1</source>
        <translation>不是 ws:// 或 wss:// URL：%1</translation>
    </message>
    <message>
        <source>Not connected: the URL is not a ws:// or wss:// URL</source>
        <translation>未连接：该 URL 不是 ws:// 或 wss:// URL</translation>
    </message>
    <message>
        <source>No credential: enter one or choose the auth method None.</source>
        <translation>没有凭据：请输入凭据，或选择认证方式“无”。</translation>
    </message>
    <message>
        <source>Not connected: no credential</source>
        <translation>未连接：没有凭据</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>RTT: %1</source>
        <translation>RTT：%1</translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>往返时间 %1 毫秒</translation>
    </message>
    <message>
        <source>Opening handshake: GET %1</source>
        <translation>开始握手：GET %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (HTTP 101 Switching Protocols)</source>
        <translation>已连接到 %1（HTTP 101 Switching Protocols）</translation>
    </message>
    <message>
        <source>Open — %1, auth: %2</source>
        <translation>已打开 — %1，认证：%2</translation>
    </message>
    <message>
        <source>first-message auth (token redacted here)</source>
        <translation>首条消息认证（此处已隐去 Token）</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Closed by this client</source>
        <translation>由此客户端关闭</translation>
    </message>
    <message>
        <source>connection open for %1</source>
        <translation>连接已打开 %1</translation>
    </message>
    <message>
        <source>Closed by this client: %1</source>
        <translation>由此客户端关闭：%1</translation>
    </message>
    <message>
        <source>the connection ended without a close frame</source>
        <translation>连接在没有关闭帧的情况下结束</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接丢失：%1</translation>
    </message>
    <message>
        <source>This 1002 comes from Qt 6.4&apos;s QWebSocket, not from the server: it rejects some valid close codes (notably 1013 %1, which SocketScope sends when it is over capacity) and reports 1002 with this reason; the server&apos;s own code is lost. Browsers and python-websockets show the real code.</source>
        <translation>这个 1002 来自 Qt 6.4 的 QWebSocket，而不是服务器：它会拒绝某些有效的关闭码（尤其是 1013 %1，SocketScope 在超出容量时发送），并以此原因报告 1002；服务器自己的关闭码因此丢失。浏览器和 python-websockets 会显示真实的关闭码。</translation>
    </message>
    <message>
        <source>Closed by the server: %1</source>
        <translation>由服务器关闭：%1</translation>
    </message>
    <message>
        <source>a code substituted by Qt; see the log</source>
        <translation>Qt 替换的关闭码；请查看日志</translation>
    </message>
    <message>
        <source>Auto-reconnect in %1 s (attempt %2)</source>
        <translation>%1 秒后自动重连（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>— reconnecting in %1 s</source>
        <translation>— %1 秒后重连</translation>
    </message>
    <message>
        <source>Auto-reconnect cancelled</source>
        <translation>已取消自动重连</translation>
    </message>
    <message>
        <source>%1 is reserved and may not be sent in a Close frame; use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>%1 为保留码，不能在关闭帧中发送；请使用 1000–1003、1007–1014 或 3000–4999。</translation>
    </message>
    <message>
        <source>The close reason may be at most 123 bytes of UTF-8.</source>
        <translation>关闭原因最多 123 字节（UTF-8）。</translation>
    </message>
    <message>
        <source>Connection attempt aborted</source>
        <translation>连接尝试已中止</translation>
    </message>
    <message>
        <source>Closing: %1…</source>
        <translation>正在关闭：%1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>the connection is not open.</source>
        <translation>连接未打开。</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>空消息</translation>
    </message>
    <message>
        <source>Cannot pretty-print: %1</source>
        <translation>无法格式化：%1</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>将文件作为一条二进制消息发送</translation>
    </message>
    <message>
        <source>Not sent: the file is larger than %1.</source>
        <translation>未发送：文件大于 %1。</translation>
    </message>
    <message>
        <source>Not sent: the connection is not open.</source>
        <translation>未发送：连接未打开。</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>代码片段…</translation>
    </message>
    <message>
        <source>Type the message to save as a snippet first.</source>
        <translation>请先输入要保存为代码片段的消息。</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>保存代码片段</translation>
    </message>
    <message>
        <source>Snippet name:</source>
        <translation>代码片段名称：</translation>
    </message>
    <message>
        <source>Choose the snippet to delete in the list first.</source>
        <translation>请先在列表中选择要删除的代码片段。</translation>
    </message>
    <message>
        <source>JavaScript (browser)</source>
        <translation>JavaScript（浏览器）</translation>
    </message>
    <message>
        <source>wscat</source>
        <translation>wscat</translation>
    </message>
    <message>
        <source>Copied as %1</source>
        <translation>已复制为 %1</translation>
    </message>
    <message>
        <source>This code is on the clipboard. It contains the credential in clear text.</source>
        <translation>此代码已复制到剪贴板。其中包含明文凭据。</translation>
    </message>
    <message>
        <source>Copied the connection as %1 code to the clipboard</source>
        <translation>已将连接复制为 %1 代码到剪贴板</translation>
    </message>
    <message>
        <source>Could not make a JWT: the server is not running.</source>
        <translation>无法生成 JWT：服务器未运行。</translation>
    </message>
    <message>
        <source>Made a JWT for %1 (id %2, role %3), expires %4: %5</source>
        <translation>已为 %1 生成 JWT（ID %2，角色 %3），过期时间 %4：%5</translation>
    </message>
    <message>
        <source>Loaded transcript %1 (%2 entries, saved %3)</source>
        <translation>已加载记录 %1（%2 条，保存于 %3）</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Load transcript</source>
        <translation>加载记录</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Creden&amp;tial:</source>
        <translation>凭据(&amp;T):</translation>
    </message>
    <message>
        <source>Decode J&amp;WT…</source>
        <translation>解码 J&amp;WT…</translation>
    </message>
    <message>
        <source>Show the header, claims and expiry of the JWT in the credential field</source>
        <translation>显示凭据字段中 JWT 的头部、声明和过期时间</translation>
    </message>
    <message>
        <source>Custom headers, query parameters and subprotocols of the opening handshake</source>
        <translation>握手请求中的自定义请求头、查询参数和子协议</translation>
    </message>
    <message>
        <source>&amp;X-ray</source>
        <translation>X 光(&amp;X)</translation>
    </message>
    <message>
        <source>Show the opening handshake and every frame, both ways (takes effect when connecting)</source>
        <translation>显示握手以及双向的每一个帧（连接时生效）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>X-ray: handshake and frames</source>
        <translation>X 光：握手与帧</translation>
    </message>
    <message>
        <source>Send each message fragmented into this many frames: the first with the text or binary opcode and FIN=0, then continuation frames, the last with FIN=1 (X-ray connections only)</source>
        <translation>把每条消息分片成这么多帧发送：第一帧用 text 或 binary 操作码且 FIN=0，之后是延续帧，最后一帧 FIN=1（仅限 X 光连接）</translation>
    </message>
    <message>
        <source>Fra&amp;gments:</source>
        <translation>分片(&amp;G)：</translation>
    </message>
    <message numerus="yes">
        <source>sent in %n frame(s)</source>
        <translation>
            <numerusform>分 %n 帧发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening handshake (X-ray): GET %1</source>
        <translation>开始握手（X 光）：GET %1</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols…</source>
        <translation>请求头、查询参数(&amp;Q)、子协议…</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols (%1)…</source>
        <translation>请求头、查询参数(&amp;Q)、子协议（%1）…</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionInspector</name>
    <message>
        <source>Connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Capture &amp;frames</source>
        <translation>捕获帧(&amp;F)</translation>
    </message>
    <message>
        <source>Keep this connection&apos;s last frames, both ways, in the server while this is on (it costs nothing while off; closing this window turns it off)</source>
        <translation>开启时，服务器会保留此连接最近的双向帧（关闭时没有任何开销；关闭此窗口会将其关闭）</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes.</source>
        <translation>选择一帧以查看其字节。</translation>
    </message>
    <message>
        <source>Act on this connection</source>
        <translation>对此连接操作</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Join room</source>
        <translation>加入房间(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>离开房间(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>Type the text to send first.</source>
        <translation>请先输入要发送的文本。</translation>
    </message>
    <message>
        <source>The connection is closed; what it showed last stays here.</source>
        <translation>连接已关闭；最后显示的内容保留在这里。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Sent to connection %1.</source>
        <translation>已发送到连接 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Joined room “%1” (%n member(s) now).</source>
        <translation>
            <numerusform>已加入房间“%1”（现有 %n 个成员）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left room “%1”.</source>
        <translation>已离开房间“%1”。</translation>
    </message>
    <message>
        <source>Capturing the last %1 frames.</source>
        <translation>正在捕获最近 %1 帧。</translation>
    </message>
    <message>
        <source>Capture off.</source>
        <translation>捕获已关闭。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection %1&lt;/b&gt; — %2 on %3 from %4</source>
        <translation>&lt;b&gt;连接 %1&lt;/b&gt; — %2，路径 %3，来自 %4</translation>
    </message>
    <message>
        <source>Handshake headers the server received (credentials redacted):</source>
        <translation>服务器收到的握手请求头（凭据已脱敏）：</translation>
    </message>
    <message>
        <source>User-Agent:    %1</source>
        <translation>User-Agent：  %1</translation>
    </message>
    <message>
        <source>Origin:        %1</source>
        <translation>Origin：      %1</translation>
    </message>
    <message>
        <source>Subprotocols:  %1</source>
        <translation>子协议：      %1</translation>
    </message>
    <message>
        <source>Cookies:       %1</source>
        <translation>Cookie：      %1</translation>
    </message>
    <message>
        <source>Auth method:   %1 (credential: %2)</source>
        <translation>认证方式：    %1（凭据：%2）</translation>
    </message>
    <message>
        <source>Identity:      %1, role %2</source>
        <translation>身份：        %1，角色 %2</translation>
    </message>
    <message>
        <source>JWT claims:    sub=%1 name=%2 role=%3 exp=%4 (%5)</source>
        <translation>JWT 声明：    sub=%1 name=%2 role=%3 exp=%4（%5）</translation>
    </message>
    <message>
        <source>(joined by an admin: %1)</source>
        <translation>（由管理员加入：%1）</translation>
    </message>
    <message>
        <source>Rooms:         %1</source>
        <translation>房间：        %1</translation>
    </message>
    <message>
        <source>Topics:        %1</source>
        <translation>主题：        %1</translation>
    </message>
    <message>
        <source>Messages:      %1 in, %2 out</source>
        <translation>消息：        入 %1，出 %2</translation>
    </message>
    <message>
        <source>Bytes:         %1 in, %2 out</source>
        <translation>字节：        入 %1，出 %2</translation>
    </message>
    <message>
        <source>RTT:           %1</source>
        <translation>RTT：         %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Unsent bytes:  %1</source>
        <translation>未发送字节：  %1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsModel</name>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>(not authenticated)</source>
        <translation>（未认证）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>当前窗口内已用 %1 / %2 条消息</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 等待发送</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源 (Origin)</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>收到消息</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>发出消息</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>收到字节</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发出字节</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Auth method: %1</source>
        <translation>认证方式：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>端点：%1</translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation>远程地址：%1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>来源 (Origin)：%1</translation>
    </message>
    <message>
        <source>Connected since: %1</source>
        <translation>连接时间：%1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>最近活动：%1</translation>
    </message>
    <message>
        <source>Messages in/out: %1 / %2</source>
        <translation>消息 收/发：%1 / %2</translation>
    </message>
    <message>
        <source>Bytes in/out: %1 / %2</source>
        <translation>字节 收/发：%1 / %2</translation>
    </message>
    <message>
        <source>RTT: %1</source>
        <translation>RTT：%1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Rate limit: %1/%2</source>
        <translation>速率限制：%1/%2</translation>
    </message>
    <message>
        <source>%1 has used %2 of %3 messages in the current window, over all of the user&apos;s connections (the limit is per user)</source>
        <translation>%1 在当前时间窗口内已用 %2 / %3 条消息，计入该用户的所有连接（限制按用户计算）</translation>
    </message>
    <message>
        <source>Not rate limited: the limit counts per user, and this connection has none</source>
        <translation>不受速率限制：限制按用户计算，而此连接没有用户</translation>
    </message>
    <message>
        <source>User&apos;s rate</source>
        <extracomment>Column: the rate-limit use of the connection&apos;s user (the limit counts per user, not per connection)</extracomment>
        <translation>用户速率</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsPanel</name>
    <message>
        <source>Filter connections (Ctrl+F)</source>
        <translation>筛选连接 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>端点筛选</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>用户筛选</translation>
    </message>
    <message>
        <source>All rooms/topics</source>
        <translation>所有房间/主题</translation>
    </message>
    <message>
        <source>Room or topic filter</source>
        <translation>房间或主题筛选</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>One row per connection. The Rate limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>每个连接一行。“速率限制”列显示为进度条：低于 80% 为绿色，80% 起为橙色，达到上限为红色。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>No connections: the server is not listening. Start it with the toolbar&apos;s Start button.</source>
        <translation>没有连接：服务器未在监听。请用工具栏上的“启动”按钮启动它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connections yet.&lt;/b&gt; Connect a first client to %1: with the client panel (a tab beside Connections), or from a terminal: %2</source>
        <translation>&lt;b&gt;还没有连接。&lt;/b&gt;将第一个客户端连接到 %1：使用客户端面板（“连接”旁边的标签页），或在终端中运行：%2</translation>
    </message>
    <message>
        <source>Open the client panel (Alt+8)</source>
        <translation>打开客户端面板 (Alt+8)</translation>
    </message>
    <message>
        <source>Getting started (F1)</source>
        <translation>入门 (F1)</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Room/topic</source>
        <translation>房间/主题</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>×%1 in %2; last: %3</source>
        <extracomment>Event log: %1 rate-limit rejections of one user within %2 (a duration), %3 the last one&apos;s detail</extracomment>
        <translation>%2 内 ×%1；最近一次：%3</translation>
    </message>
    <message>
        <source>SocketScope window</source>
        <extracomment>Event log, User column of an admin action taken in this window (not over /ws/admin)</extracomment>
        <translation>SocketScope 窗口</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogPanel</name>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Stop adding new events to the view; they are kept and shown on resume</source>
        <translation>不再向视图添加新事件；事件会被保留，并在继续时显示</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON Lines…</source>
        <translation>导出为 &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Export event log as CSV</source>
        <translation>将事件日志导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export event log as JSON Lines</source>
        <translation>将事件日志导出为 JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new event(s) waiting</source>
        <translation>
            <numerusform>已暂停，%n 个新事件等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped by the server under load</source>
        <translation>
            <numerusform>服务器在高负载下丢弃了 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group repeated rate-limit rejections</source>
        <translation>合并重复的速率限制拒绝(&amp;G)</translation>
    </message>
    <message>
        <source>One row per user and %1 with the number of rejections, instead of one row each</source>
        <translation>每个用户每 %1 一行并显示拒绝次数，而不是每次一行</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kinds (%n hidden)</source>
        <translation>
            <numerusform>类型(&amp;K)（隐藏 %n 种）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the kinds of event to show</source>
        <translation>选择要显示的事件类型</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of event hidden; “Show all” shows them again</source>
        <translation>
            <numerusform>已隐藏 %n 种事件；“全部显示”可重新显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::IssueTokenDialog</name>
    <message>
        <source>Issue API token</source>
        <translation>签发 API Token</translation>
    </message>
    <message>
        <source>Issue a new API token for %1. It is shown once, right after this step.</source>
        <translation>为 %1 签发新的 API Token。它只会在此步骤之后显示一次。</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>A duration such as 12h, 30d or 365d, or “never expires”</source>
        <translation>时长，例如 12h、30d 或 365d，或“永不过期”</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>有效期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>签发(&amp;I)</translation>
    </message>
    <message>
        <source>Enter a lifetime from 1s to 36500d, such as 12h or 30d.</source>
        <translation>请输入 1s 到 36500d 之间的有效期，例如 12h 或 30d。</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDecodeDialog</name>
    <message>
        <source>Decode a JWT</source>
        <translation>解码 JWT</translation>
    </message>
    <message>
        <source>A JWT is not encrypted: anyone holding it can read its header and claims. Only the signature needs the server&apos;s secret, so it is not checked here.</source>
        <translation>JWT 并未加密：任何持有者都能读出头部和声明。只有签名需要服务器的密钥，所以这里不校验签名。</translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation>不是 JWT：%1</translation>
    </message>
    <message>
        <source>Header (algorithm %1):</source>
        <translation>头部（算法 %1）：</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>声明：</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>过期：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>签发：%1</translation>
    </message>
    <message>
        <source>SocketScope accepts HS256 only: this token is refused with 1008 “Invalid token”.</source>
        <translation>SocketScope 只接受 HS256：此令牌会被以 1008 “Invalid token”拒绝。</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDialog</name>
    <message>
        <source>Make a JWT</source>
        <translation>生成 JWT</translation>
    </message>
    <message>
        <source>The server signs an HS256 JWT with its own secret. Claims: sub (user id), name, role, exp. The role claim is what the server grants.</source>
        <translation>服务器使用自己的密钥签发 HS256 JWT。声明：sub（用户 ID）、name、role、exp。服务器依据 role 声明授予权限。</translation>
    </message>
    <message>
        <source>%1 (id %2, %3)</source>
        <translation>%1（ID %2，%3）</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
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
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>有效期(&amp;L)：</translation>
    </message>
    <message>
        <source>Already &amp;expired (to see &quot;Token expired&quot;)</source>
        <translation>已过期(&amp;E)（用于查看 &quot;Token expired&quot;）</translation>
    </message>
    <message>
        <source>Make &amp;JWT</source>
        <translation>生成 &amp;JWT</translation>
    </message>
</context>
<context>
    <name>SocketScope::KickDialog</name>
    <message>
        <source>Kick</source>
        <translation>踢出</translation>
    </message>
    <message>
        <source>Close %1 with this close frame:</source>
        <translation>使用以下关闭帧关闭 %1：</translation>
    </message>
    <message>
        <source>Close &amp;code:</source>
        <translation>关闭码(&amp;C)：</translation>
    </message>
    <message>
        <source>at most 123 bytes</source>
        <translation>最多 123 字节</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>踢出(&amp;K)</translation>
    </message>
    <message>
        <source>Code %1 is reserved and cannot be sent in a close frame.</source>
        <translation>关闭码 %1 为保留码，不能在关闭帧中发送。</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>原因超过 123 字节（UTF-8）。</translation>
    </message>
    <message>
        <source>Sent to the client in the close frame, as typed (not translated)</source>
        <translation>按输入原样在关闭帧中发送给客户端（不翻译）</translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonRunner</name>
    <message>
        <source>1. The opening handshake</source>
        <translation>1. 握手</translation>
    </message>
    <message>
        <source>2. Echo: masking and fragmentation</source>
        <translation>2. 回显：掩码与分片</translation>
    </message>
    <message>
        <source>3. A bad token: 101, then 1008</source>
        <translation>3. 错误令牌：先 101，再 1008</translation>
    </message>
    <message>
        <source>4. The rate limit</source>
        <translation>4. 速率限制</translation>
    </message>
    <message>
        <source>5. Ping, pong and the close handshake</source>
        <translation>5. Ping、Pong 与关闭握手</translation>
    </message>
    <message>
        <source>Look at the request: an ordinary HTTP GET with “Upgrade: websocket”, “Connection: Upgrade” and a random Sec-WebSocket-Key. The server answers 101 Switching Protocols; from then on the TCP connection carries frames, not HTTP.</source>
        <translation>先看请求：一个普通的 HTTP GET，带有“Upgrade: websocket”、“Connection: Upgrade”和随机的 Sec-WebSocket-Key。服务器回复 101 Switching Protocols；此后这条 TCP 连接传输的是帧，而不是 HTTP。</translation>
    </message>
    <message>
        <source>Now the lines under the response: Sec-WebSocket-Accept is base64(SHA-1(key + a fixed GUID)). The client checks it (✓) to know the server really read its request.</source>
        <translation>再看响应下面几行：Sec-WebSocket-Accept = base64(SHA-1(密钥 + 固定 GUID))。客户端校验它（✓），以确认服务器确实读了自己的请求。</translation>
    </message>
    <message>
        <source>One text frame each way. The client&apos;s frame has MASK=1 and a fresh 4-byte key; the server&apos;s is never masked. Select a frame to see its bits.</source>
        <translation>每个方向各一个文本帧。客户端的帧 MASK=1，并带一个新的 4 字节密钥；服务器的帧从不掩码。选择一帧即可查看其各位。</translation>
    </message>
    <message>
        <source>The same kind of message in three frames: text with FIN=0, cont with FIN=0, cont with FIN=1. The server reassembles them and answers with one frame: fragmentation is invisible to the application.</source>
        <translation>同样的消息分成三帧：text 且 FIN=0，cont 且 FIN=0，cont 且 FIN=1。服务器把它们重新拼起来，并用一帧回复：分片对应用程序是不可见的。</translation>
    </message>
    <message>
        <source>The handshake succeeded (101) although the token is wrong: the server checks it after the upgrade and closes with 1008 and a reason. Its first two payload bytes (03 f0) are the code 1008; the client answers with a Close of its own.</source>
        <translation>尽管令牌错误，握手仍然成功（101）：服务器在升级之后才检查令牌，并以 1008 和原因关闭。载荷的前两个字节（03 f0）就是关闭码 1008；客户端随后回一个自己的 Close。</translation>
    </message>
    <message>
        <source>A ping is a control frame (opcode 0x9, at most 125 bytes, never fragmented); the peer answers with a pong carrying the same payload. Servers use them as a heartbeat.</source>
        <translation>ping 是控制帧（操作码 0x9，最多 125 字节，不可分片）；对方以携带相同载荷的 pong 回复。服务器用它作心跳。</translation>
    </message>
    <message>
        <source>The close handshake: our Close carries code 4000 and a reason; the server answers with a Close of the same code, then closes TCP. Both sides sent a Close: a clean close.</source>
        <translation>关闭握手：我们的 Close 带有关闭码 4000 和原因；服务器回复相同关闭码的 Close，然后关闭 TCP。双方都发送了 Close：这是一次干净的关闭。</translation>
    </message>
    <message>
        <source>Lesson: %1 — connecting…</source>
        <translation>课程：%1 — 正在连接…</translation>
    </message>
    <message>
        <source>Eleven messages at once: the user&apos;s budget is 10 per minute (a sliding window), so at least the last is answered with {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…} instead of “User 123: …”. The connection stays open: the limit drops messages, it does not close.</source>
        <translation>一次发送十一条消息：该用户的额度是每分钟 10 条（滑动窗口），所以至少最后一条收到的是 {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…}，而不是“User 123: …”。连接保持打开：限流只丢弃消息，不会关闭连接。</translation>
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
        <translation>界面延迟 p99：%1 毫秒</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a %1 ms timer, over the last %2 s: median %3 ms, 99th percentile %4 ms, worst %5 ms (%6 samples).</source>
        <translation>窗口事件循环执行 %1 毫秒定时器的延迟（最近 %2 秒）：中位数 %3 毫秒，第 99 百分位 %4 毫秒，最差 %5 毫秒（%6 个样本）。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lateness of a %1 ms timer in the window&apos;s event loop. Values near zero mean the window reacts at once; the server runs on its own thread either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;窗口事件循环中 %1 毫秒定时器的延迟。数值接近零表示窗口响应及时；无论如何，服务器都在自己的线程中运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last %1 s — median</source>
        <translation>最近 %1 秒 — 中位数</translation>
    </message>
    <message>
        <source>Last %1 s — 99th percentile</source>
        <translation>最近 %1 秒 — 第 99 百分位</translation>
    </message>
    <message>
        <source>Last %1 s — worst</source>
        <translation>最近 %1 秒 — 最差</translation>
    </message>
    <message>
        <source>Since start — median</source>
        <translation>自启动以来 — 中位数</translation>
    </message>
    <message>
        <source>Since start — 99th percentile</source>
        <translation>自启动以来 — 第 99 百分位</translation>
    </message>
    <message>
        <source>Since start — worst</source>
        <translation>自启动以来 — 最差</translation>
    </message>
    <message>
        <source>Samples since start</source>
        <translation>自启动以来的样本数</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>显示的连接数</translation>
    </message>
    <message>
        <source>Events dropped by the server</source>
        <translation>服务器丢弃的事件</translation>
    </message>
    <message>
        <source>&lt;p&gt;Set SOCKETSCOPE_LAG_REPORT=1 to print these figures to stderr when SocketScope quits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;设置 SOCKETSCOPE_LAG_REPORT=1 后，SocketScope 退出时会将这些数值输出到 stderr。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>监听地址：127.0.0.1 仅限本机，0.0.0.0 表示所有网络接口</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start (or restart) the server with this address and port (Ctrl+R)</source>
        <translation>使用此地址和端口启动（或重启）服务器 (Ctrl+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Stop the server; every connection is closed with 1001 Going away</source>
        <translation>停止服务器；所有连接都会以 1001 Going away 关闭</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Use &amp;another port</source>
        <translation>使用其他端口(&amp;A)</translation>
    </message>
    <message>
        <source>Start on the next free port</source>
        <translation>在下一个空闲端口上启动</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>广播(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Send a text to everyone, a room, an endpoint or a user (Ctrl+B)</source>
        <translation>向所有人、某个房间、某个端点或某个用户发送文本 (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Publish a JSON object to a topic (Ctrl+P)</source>
        <translation>向主题发布 JSON 对象 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>所选房间的成员</translation>
    </message>
    <message>
        <source>&amp;Broadcast to room…</source>
        <translation>向房间广播(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close room…</source>
        <translation>关闭房间(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Show its connections</source>
        <translation>显示其连接(&amp;S)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Subscribers of the selected topic</source>
        <translation>所选主题的订阅者</translation>
    </message>
    <message>
        <source>&amp;Publish JSON…</source>
        <translation>发布 JSON(&amp;P)…</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export event log as &amp;CSV…</source>
        <translation>将事件日志导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export event log as &amp;JSON Lines…</source>
        <translation>将事件日志导出为 &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>Export &amp;audit log…</source>
        <translation>导出审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Users and tokens</source>
        <translation>用户和 Token(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the Users view: users, API tokens and bans in the server&apos;s database</source>
        <translation>显示“用户”视图：服务器数据库中的用户、API Token 和封禁</translation>
    </message>
    <message>
        <source>&amp;Kick all connections of a user…</source>
        <translation>踢出某用户的所有连接(&amp;K)…</translation>
    </message>
    <message>
        <source>Kick user</source>
        <translation>踢出用户</translation>
    </message>
    <message>
        <source>Select a connection of the user in the Connections view first.</source>
        <translation>请先在“连接”视图中选择该用户的一个连接。</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Find connection</source>
        <translation>查找连接(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About SocketScope</source>
        <translation>关于 SocketScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server starts.</source>
        <translation>设置已保存；将在服务器下次启动时生效。</translation>
    </message>
    <message>
        <source>Restart the server?</source>
        <translation>重启服务器？</translation>
    </message>
    <message>
        <source>The new server settings apply when the server restarts. Restart it now? Open connections are closed with 1001 (Going away).</source>
        <translation>新的服务器设置将在服务器重启后生效。现在重启吗？打开的连接会以 1001（Going away）关闭。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>SocketScope shows the new language when it starts again. Restart now? The server stops and open connections are closed with 1001 (Going away).</source>
        <translation>SocketScope 将在下次启动时使用新语言。现在重启吗？服务器将停止，打开的连接会以 1001（Going away）关闭。</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>立即重启(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” is not an IP address, localhost, any or any6</source>
        <translation>“%1”不是 IP 地址、localhost、any 或 any6</translation>
    </message>
    <message>
        <source>Starting wss:// on %1:%2…</source>
        <translation>正在 %1:%2 上启动 wss://…</translation>
    </message>
    <message>
        <source>Starting on %1:%2…</source>
        <translation>正在 %1:%2 上启动…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>SocketScope — %1</source>
        <translation>SocketScope — %1</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>重启(&amp;S)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Not started, TLS: %1</source>
        <translation>未启动，TLS：%1</translation>
    </message>
    <message>
        <source>The server could not start</source>
        <translation>服务器无法启动</translation>
    </message>
    <message>
        <source>TLS: on…</source>
        <translation>TLS：开…</translation>
    </message>
    <message>
        <source>TLS: off…</source>
        <translation>TLS：关…</translation>
    </message>
    <message>
        <source>The server port serves wss:// with %1 and %2. Click to change.</source>
        <translation>服务器端口使用 %1 和 %2 提供 wss://。点击以更改。</translation>
    </message>
    <message>
        <source>The server serves plain ws://. Click to set up wss:// (TLS).</source>
        <translation>服务器提供普通 ws://。点击以设置 wss://（TLS）。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl);;All files (*)</source>
        <translation>JSON Lines 文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>审计日志未导出：%1</translation>
    </message>
    <message>
        <source>the server is gone</source>
        <translation>服务器已不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>In: %1 msg/s</source>
        <translation>收：%1 条/秒</translation>
    </message>
    <message>
        <source>Out: %1 msg/s</source>
        <translation>发：%1 条/秒</translation>
    </message>
    <message>
        <source>Uptime: %1</source>
        <translation>运行时间：%1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n connection(s) affected.</source>
        <translation>
            <numerusform>%1：完成，影响了 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin action failed</source>
        <translation>管理操作失败</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1…</source>
        <translation>踢出连接 %1(&amp;K)…</translation>
    </message>
    <message>
        <source>Kick &amp;all of this user…</source>
        <translation>踢出此用户的所有连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Send message to this user…</source>
        <translation>向此用户发送消息(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Ban user…</source>
        <translation>封禁用户(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>Show only “%1”</source>
        <translation>只显示“%1”</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation>连接 %1（%2）</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Kick connection %1</source>
        <translation>踢出连接 %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n connection(s) of %1</source>
        <translation>
            <numerusform>%1 的全部 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>踢出 %1</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>发给 %1 的消息</translation>
    </message>
    <message>
        <source>Ban %1 for %2</source>
        <translation>封禁 %1，时长 %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied details of %n connection(s).</source>
        <translation>
            <numerusform>已复制 %n 个连接的详情。</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast to room %1</source>
        <translation>向房间 %1 广播</translation>
    </message>
    <message>
        <source>Broadcast to %1</source>
        <translation>向 %1 广播</translation>
    </message>
    <message>
        <source>Broadcast to everyone</source>
        <translation>向所有人广播</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>发布到 %1</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>关闭房间</translation>
    </message>
    <message numerus="yes">
        <source>Close room “%1”? Its %n connection(s) will be closed.</source>
        <translation>
            <numerusform>关闭房间“%1”？其 %n 个连接将被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close room %1</source>
        <translation>关闭房间 %1</translation>
    </message>
    <message>
        <source>Rate limit %1 per %2</source>
        <translation>速率限制：每 %2 %1 条</translation>
    </message>
    <message>
        <source>T&amp;LS…</source>
        <translation>TLS(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 0 to 65535.</source>
        <translation>%1 不是端口：端口范围为 0 到 65535。</translation>
    </message>
    <message>
        <source>Show and raise the %1 view</source>
        <translation>显示并前置“%1”视图</translation>
    </message>
    <message>
        <source>Port %1 on %2 is not free (%3); the server keeps running on %4.</source>
        <translation>%2 上的端口 %1 不可用（%3）；服务器继续在 %4 上运行。</translation>
    </message>
    <message>
        <source>Port in use</source>
        <translation>端口已被占用</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2 (%3).</source>
        <translation>连接 %1 已于 %2 关闭（%3）。</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2.</source>
        <translation>连接 %1 已于 %2 关闭。</translation>
    </message>
    <message>
        <source>A&amp;ttach to server…</source>
        <translation>附加到服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server (e.g. one started with --headless) through its /ws/admin endpoint</source>
        <translation>通过 /ws/admin 端点监视和管理正在运行的 SocketScope 服务器（例如以 --headless 启动的）</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>分离(&amp;D)</translation>
    </message>
    <message>
        <source>Show the embedded server again</source>
        <translation>重新显示内嵌的服务器</translation>
    </message>
    <message>
        <source>The token is kept in the desktop keyring.</source>
        <translation>令牌已保存在桌面密钥环中。</translation>
    </message>
    <message>
        <source>The token was not saved in the keyring: %1</source>
        <translation>令牌未保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Acts on the embedded server; File → Detach shows it again</source>
        <translation>作用于内嵌的服务器；“文件 → 分离”可重新显示它</translation>
    </message>
    <message>
        <source>Users and tokens live in the attached server&apos;s database: manage them on that machine (socketscope user …, socketscope token …).</source>
        <translation>用户和令牌保存在所附加服务器的数据库中：请在那台机器上管理（socketscope user …，socketscope token …）。</translation>
    </message>
    <message>
        <source>Attaching to %1…</source>
        <translation>正在附加到 %1…</translation>
    </message>
    <message>
        <source>Attaching to %1… (last try: %2)</source>
        <translation>正在附加到 %1…（上次尝试：%2）</translation>
    </message>
    <message>
        <source>Attached to %1 — user %2</source>
        <translation>已附加到 %1 — 用户 %2</translation>
    </message>
    <message numerus="yes">
        <source>Link to %1 lost, retrying in %n s</source>
        <translation>
            <numerusform>与 %1 的连接已断开，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached to %1: its certificate is not trusted</source>
        <translation>未附加到 %1：其证书不受信任</translation>
    </message>
    <message>
        <source>Not attached to %1: the server closed the link (%2)</source>
        <translation>未附加到 %1：服务器关闭了连接（%2）</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
最后的错误：%2</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its fingerprint is the one of the server&apos;s own certificate.</source>
        <translation>无法验证 %1 的证书。只有当其指纹与服务器自己的证书一致时才信任它。</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256: %5

Problems: %6</source>
        <translation>主体：%1
颁发者：%2
有效期：%3 至 %4
SHA-256：%5

问题：%6</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>Link lost: %1</source>
        <translation>连接断开：%1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>未附加：%1</translation>
    </message>
    <message>
        <source>Attaching: %1</source>
        <translation>正在附加：%1</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1…</source>
        <translation>检查连接 %1(&amp;I)…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>PostgreSQL: up</source>
        <translation>PostgreSQL：正常</translation>
    </message>
    <message>
        <source>PostgreSQL: down</source>
        <translation>PostgreSQL：不可用</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>数据库有响应。</translation>
    </message>
    <message>
        <source>The database does not answer: logins fail and audit rows wait until it returns.</source>
        <translation>数据库无响应：登录会失败，审计记录将等待其恢复后再写入。</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1 on node %2…</source>
        <translation>检查节点 %2 上的连接 %1(&amp;I)…</translation>
    </message>
    <message>
        <source>The inspector reads the connection on its own node: attach to node %1 to inspect it.</source>
        <translation>检查器在连接所在的节点上读取它：请附加到节点 %1 来检查它。</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1 on node %2…</source>
        <translation>踢出节点 %2 上的连接 %1(&amp;K)…</translation>
    </message>
    <message>
        <source>connection %1 on node %2</source>
        <translation>节点 %2 上的连接 %1</translation>
    </message>
    <message>
        <source>Connection %1 is on node %2: attach to that node to inspect it.</source>
        <translation>连接 %1 位于节点 %2：请附加到该节点来检查它。</translation>
    </message>
    <message>
        <source>connection %1 on node %2 (%3)</source>
        <translation>节点 %2 上的连接 %1（%3）</translation>
    </message>
    <message>
        <source>Kick connection %1 on node %2</source>
        <translation>踢出节点 %2 上的连接 %1</translation>
    </message>
    <message>
        <source>Connections: %1 here, %2 in the cluster</source>
        <translation>连接：本节点 %1，集群 %2</translation>
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
        <translation>用户</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>收到消息</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>发出消息</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
</context>
<context>
    <name>SocketScope::MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SocketScope::NewTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>新的 API Token</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>它将于 %1 过期。</translation>
    </message>
    <message>
        <source>It never expires.</source>
        <translation>它永不过期。</translation>
    </message>
    <message>
        <source>Token %1 for %2. %3</source>
        <translation>%2 的 Token %1。%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now. It will not be shown again:&lt;/b&gt; SocketScope stores only a hash of it. If it is lost, revoke it and issue a new one.</source>
        <translation>&lt;b&gt;请立即复制，它不会再次显示：&lt;/b&gt;SocketScope 只保存它的哈希值。如果丢失，请吊销它并签发新的 Token。</translation>
    </message>
    <message>
        <source>Use it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;, &lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt; or in a first message &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt;.</source>
        <translation>可用作 &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;、&lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt;，或放在首条消息 &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt; 中。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1（本节点）</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>This node cannot reach Redis: it serves its own clients only, with a local rate budget, and rejoins by itself when Redis is back.</source>
        <translation>此节点无法连接 Redis：它只服务自己的客户端，使用本地速率配额；Redis 恢复后会自动重新加入集群。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Redis link</source>
        <translation>Redis 链路</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <source>name in use</source>
        <translation>名称已被占用</translation>
    </message>
    <message>
        <source>Another running node has the name %1: this one stays out of the cluster, serves its own clients, and joins when the name is free.</source>
        <translation>另一个正在运行的节点使用了名称 %1：本节点不加入集群，只服务自己的客户端，名称空出后自动加入。</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesPanel</name>
    <message>
        <source>Cluster nodes</source>
        <translation>集群节点</translation>
    </message>
    <message>
        <source>Not in a cluster: start the server with --redis redis://HOST:PORT to join one.</source>
        <translation>未加入集群：使用 --redis redis://HOST:PORT 启动服务器即可加入。</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: link up, %n node(s) in the cluster.</source>
        <translation>
            <numerusform>Redis %1：链路正常，集群中有 %n 个节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis %1: link DOWN. This node serves its own clients only and reconnects by itself.</source>
        <translation>Redis %1：链路已断开。此节点只服务自己的客户端，并会自动重连。</translation>
    </message>
    <message>
        <source>Redis %1: another running node already has the name %2. This node stays out of the cluster, serves its own clients, and joins when the name is free (or restart it with another --node-name).</source>
        <translation>Redis %1：另一个正在运行的节点已使用名称 %2。本节点不加入集群，只服务自己的客户端，名称空出后自动加入（或用另一个 --node-name 重新启动）。</translation>
    </message>
</context>
<context>
    <name>SocketScope::PublishDialog</name>
    <message>
        <source>Publish JSON</source>
        <translation>发布 JSON</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Data (JSON object):</source>
        <translation>数据（JSON 对象）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>请选择或输入主题。</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object. Reaches %n subscriber(s) of “%1” right now.</source>
        <translation>
            <numerusform>有效的 JSON 对象。目前会送达“%1”的 %n 个订阅者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid JSON object. Nobody subscribes to “%1” right now: it reaches no one and is not kept.</source>
        <translation>有效的 JSON 对象。目前没有人订阅“%1”：它不会送达任何人，也不会被保留。</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsModel</name>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>当前窗口内已用 %1 / %2 条消息</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Used/limit</source>
        <translation>已用/上限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Column: the time window of the rate limit (e.g. &quot;1 min&quot;), not a GUI window</extracomment>
        <translation>窗口期</translation>
    </message>
    <message>
        <source>Resets in</source>
        <translation>重置倒计时</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>最近一次拒绝</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>上限(&amp;L)：</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>per</source>
        <translation>每</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Rate limits per user</source>
        <translation>每个用户的速率限制</translation>
    </message>
    <message>
        <source>The Used/limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>“已用/上限”列显示为进度条：低于 80% 为绿色，80% 起为橙色，达到上限为红色。</translation>
    </message>
    <message>
        <source>Server: %1 per %2</source>
        <translation>服务器：每 %2 %1 条</translation>
    </message>
</context>
<context>
    <name>SocketScope::RequestOptionsDialog</name>
    <message>
        <source>Headers, query and subprotocols</source>
        <translation>请求头、查询参数和子协议</translation>
    </message>
    <message>
        <source>Added to the opening handshake of the next connection. Browsers cannot set headers on a WebSocket; other clients can.</source>
        <translation>会加到下一次连接的握手请求中。浏览器无法为 WebSocket 设置请求头，其他客户端可以。</translation>
    </message>
    <message>
        <source>&amp;Headers (Name: value):</source>
        <translation>请求头(&amp;H)（Name: value）：</translation>
    </message>
    <message>
        <source>&amp;Query parameters (key=value):</source>
        <translation>查询参数(&amp;Q)（key=value）：</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>子协议(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SocketScope::RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>SocketScope::SendToUserDialog</name>
    <message>
        <source>Send message to user</source>
        <translation>向用户发送消息</translation>
    </message>
    <message numerus="yes">
        <source>Text to %1 (%n open connection(s)):</source>
        <translation>
            <numerusform>发给 %1 的文本（%n 个打开的连接）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SocketScope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>上限(&amp;L)</translation>
    </message>
    <message>
        <source>Server settings take effect when the server (re)starts. Options given on the command line override them for that run.</source>
        <translation>服务器设置在服务器（重新）启动时生效。命令行中给出的选项会在本次运行中覆盖这些设置。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>An IP address, localhost, any (every IPv4 interface, 0.0.0.0) or any6 (every IPv6 interface, ::). 127.0.0.1 accepts connections from this computer only.</source>
        <translation>IP 地址、localhost、any（所有 IPv4 接口，0.0.0.0）或 any6（所有 IPv6 接口，::）。127.0.0.1 只接受本机连接。</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system choose a free port.</source>
        <translation>0 到 65535；0 表示由系统选择空闲端口。</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>kept in the database</source>
        <translation>保存在数据库中</translation>
    </message>
    <message>
        <source>&amp;JWT secret:</source>
        <translation>&amp;JWT 密钥：</translation>
    </message>
    <message>
        <source>Signs and checks HS256 JWTs; at least 16 characters. Empty: a secret generated once and kept in the database. A secret entered here is stored in the settings file as plain text.</source>
        <translation>用于签发和校验 HS256 JWT；至少 16 个字符。留空：使用一次性生成并保存在数据库中的密钥。在此输入的密钥会以明文保存在设置文件中。</translation>
    </message>
    <message>
        <source>alice (admin), bob and john_doe with the tokens secret-token and valid-token and the sessions abc123 and xyz789.</source>
        <translation>alice（管理员）、bob 和 john_doe，以及 Token secret-token、valid-token 和会话 abc123、xyz789。</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
    <message>
        <source>wss:// with a certificate and key (PEM) on the server port, optionally plain ws:// on a second port.</source>
        <translation>在服务器端口上使用证书和私钥（PEM）提供 wss://，可选在第二个端口上提供普通 ws://。</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>速率限制(&amp;R)：</translation>
    </message>
    <message>
        <source>Messages each user may send per window, 1 to 1,000,000. A message over the limit is answered with an error and counted as a rejection.</source>
        <translation>每个用户在每个时间窗口内可发送的消息数，1 到 1,000,000。超出上限的消息会收到错误回复，并计为一次拒绝。</translation>
    </message>
    <message>
        <source>Rate &amp;window:</source>
        <translation>速率窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>The sliding window of the rate limit, from 100ms to 1d (units ms, s, m, h, d: 500ms, 10s, 1m).</source>
        <translation>速率限制的滑动窗口，100ms 到 1d（单位 ms、s、m、h、d：500ms、10s、1m）。</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>最大消息(&amp;M)：</translation>
    </message>
    <message>
        <source>From 125B to 256MiB (units B, KiB, MiB: 64KiB). A larger message closes the connection with 1009.</source>
        <translation>125B 到 256MiB（单位 B、KiB、MiB：64KiB）。更大的消息会以 1009 关闭连接。</translation>
    </message>
    <message>
        <source>&amp;Connections in total:</source>
        <translation>连接总数(&amp;C)：</translation>
    </message>
    <message>
        <source>1 to 1,000,000. Further connections are refused with 1013 (Try again later).</source>
        <translation>1 到 1,000,000。更多的连接会以 1013（Try again later）被拒绝。</translation>
    </message>
    <message>
        <source>Connections per &amp;address:</source>
        <translation>每地址连接数(&amp;A)：</translation>
    </message>
    <message>
        <source>Connections from one remote address, 1 to 1,000,000; further ones are refused with 1013.</source>
        <translation>来自同一远程地址的连接数，1 到 1,000,000；更多的连接会以 1013 被拒绝。</translation>
    </message>
    <message>
        <source>&amp;Slow consumer limit:</source>
        <translation>慢速消费者上限(&amp;S)：</translation>
    </message>
    <message>
        <source>Unsent data a connection may pile up, from 64KiB to 1GiB. A client that reads more slowly is closed with 1008.</source>
        <translation>一个连接可积压的未发送数据量，64KiB 到 1GiB。读取更慢的客户端会以 1008 关闭。</translation>
    </message>
    <message>
        <source>any origin</source>
        <translation>任意来源</translation>
    </message>
    <message>
        <source>Comma-separated origins such as https://example.com:8443 that may connect with a session cookie. Empty: any origin.</source>
        <translation>以逗号分隔的来源（Origin），如 https://example.com:8443，允许它们使用会话 Cookie 连接。留空：任意来源。</translation>
    </message>
    <message>
        <source>&amp;Handshake timeout:</source>
        <translation>握手超时(&amp;H)：</translation>
    </message>
    <message>
        <source>From the accepted TCP connection to the WebSocket upgrade, 100ms to 10m.</source>
        <translation>从接受 TCP 连接到完成 WebSocket 升级，100ms 到 10m。</translation>
    </message>
    <message>
        <source>&amp;Auth timeout:</source>
        <translation>认证超时(&amp;A)：</translation>
    </message>
    <message>
        <source>How long a client without a credential in the handshake has to send {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…}, 100ms to 10m. Then it is closed with 1008.</source>
        <translation>握手中未带凭据的客户端发送 {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…} 的时限，100ms 到 10m。超时后以 1008 关闭。</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval:</source>
        <translation>心跳间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Protocol pings, 1s to 1h, or 0 for none. Two missed pongs close the connection with 1001.</source>
        <translation>协议 Ping，1s 到 1h，0 表示关闭。连续两次未收到 Pong 会以 1001 关闭连接。</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>&amp;Window updates:</source>
        <translation>窗口刷新(&amp;W)：</translation>
    </message>
    <message>
        <source>Snapshots from the server to this window, 1 to 60 per second. More is smoother and costs more CPU.</source>
        <translation>服务器发送到此窗口的快照，每秒 1 到 60 次。越多越流畅，但占用更多 CPU。</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Keep rows for:</source>
        <translation>记录保留(&amp;K)：</translation>
    </message>
    <message>
        <source>0 to 36,500 days; 0 keeps them forever.</source>
        <translation>0 到 36,500 天；0 表示永久保留。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>最多记录数(&amp;R)：</translation>
    </message>
    <message>
        <source>0 to 1,000,000,000; 0 means no limit.</source>
        <translation>0 到 1,000,000,000；0 表示不限。</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Takes effect when SocketScope starts again.</source>
        <translation>下次启动 SocketScope 时生效。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark preference; Light and Dark override it.</source>
        <translation>“跟随系统”会采用桌面的浅色/深色偏好；“浅色”和“深色”会覆盖该偏好。</translation>
    </message>
    <message>
        <source>Off: plain ws://</source>
        <translation>关闭：普通 ws://</translation>
    </message>
    <message>
        <source>On: wss:// with %1, plain ws:// on port %2</source>
        <translation>开启：wss:// 使用 %1，普通 ws:// 在端口 %2</translation>
    </message>
    <message>
        <source>On: wss:// with %1</source>
        <translation>开启：wss:// 使用 %1</translation>
    </message>
    <message>
        <source>Address: enter an IP address, localhost, any or any6.</source>
        <translation>地址：请输入 IP 地址、localhost、any 或 any6。</translation>
    </message>
    <message>
        <source>JWT secret: at least 16 characters, or empty.</source>
        <translation>JWT 密钥：至少 16 个字符，或留空。</translation>
    </message>
    <message>
        <source>Rate window: enter a duration from 100ms to 1d, such as 10s or 1m.</source>
        <translation>速率窗口：请输入 100ms 到 1d 之间的时长，例如 10s 或 1m。</translation>
    </message>
    <message>
        <source>Largest message: enter a size from 125B to 256MiB, such as 64KiB.</source>
        <translation>最大消息：请输入 125B 到 256MiB 之间的大小，例如 64KiB。</translation>
    </message>
    <message>
        <source>Slow consumer limit: enter a size from 64KiB to 1GiB, such as 4MiB.</source>
        <translation>慢速消费者上限：请输入 64KiB 到 1GiB 之间的大小，例如 4MiB。</translation>
    </message>
    <message>
        <source>Allowed origins: each origin is scheme://host[:port], such as https://example.com.</source>
        <translation>允许的来源：每个来源的格式为 scheme://host[:port]，例如 https://example.com。</translation>
    </message>
    <message>
        <source>Handshake timeout: enter a duration from 100ms to 10m.</source>
        <translation>握手超时：请输入 100ms 到 10m 之间的时长。</translation>
    </message>
    <message>
        <source>Auth timeout: enter a duration from 100ms to 10m.</source>
        <translation>认证超时：请输入 100ms 到 10m 之间的时长。</translation>
    </message>
    <message>
        <source>Heartbeat interval: enter 0 (off) or a duration from 1s to 1h.</source>
        <translation>心跳间隔：请输入 0（关闭）或 1s 到 1h 之间的时长。</translation>
    </message>
    <message>
        <source>TLS: the plain ws:// port must differ from the server port.</source>
        <translation>TLS：普通 ws:// 端口必须与服务器端口不同。</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>服务器(&amp;V)</translation>
    </message>
    <message>
        <source>Time&amp;outs</source>
        <translation>超时(&amp;O)</translation>
    </message>
    <message>
        <source>Audi&amp;t log</source>
        <translation>审计日志(&amp;T)</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>外观(&amp;N)</translation>
    </message>
    <message>
        <source>Create the demo &amp;users in an empty database</source>
        <translation>在空数据库中创建演示用户(&amp;U)</translation>
    </message>
    <message>
        <source>TL&amp;S…</source>
        <translation>TL&amp;S…</translation>
    </message>
    <message>
        <source>Allowed ori&amp;gins:</source>
        <translation>允许的来源(&amp;G)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Port: %1 is not a port; enter 0 to 65535.</source>
        <translation>端口：%1 不是端口；请输入 0 到 65535。</translation>
    </message>
    <message>
        <source>Database file or URL</source>
        <translation>数据库文件或 URL</translation>
    </message>
    <message>
        <source>SQLite file with users, hashed tokens, sessions, bans and the audit log, or a PostgreSQL database that the nodes of a cluster share: postgresql://USER@HOST:PORT/DB (the password comes from the password file below, ~/.pgpass or PGPASSWORD, never from here). Empty: socketscope.sqlite in the application data folder.</source>
        <translation>存放用户、哈希令牌、会话、封禁和审计日志的 SQLite 文件，或由集群各节点共享的 PostgreSQL 数据库：postgresql://USER@HOST:PORT/DB（密码来自下方的密码文件、~/.pgpass 或 PGPASSWORD，绝不在此填写）。留空：应用数据文件夹中的 socketscope.sqlite。</translation>
    </message>
    <message>
        <source>~/.pgpass or PGPASSWORD</source>
        <translation>~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation>PostgreSQL 密码文件</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>密码文件(&amp;W)：</translation>
    </message>
    <message>
        <source>For a postgresql:// database: a file whose first line is the password (keep it readable by you alone). Only its path is saved. Empty: ~/.pgpass or PGPASSWORD.</source>
        <translation>用于 postgresql:// 数据库：第一行为密码的文件（请确保只有您能读取）。只保存其路径。留空：~/.pgpass 或 PGPASSWORD。</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClient</name>
    <message>
        <source>Stopped by simulator</source>
        <translation>被模拟器停止</translation>
    </message>
    <message>
        <source>Stopped before the handshake finished</source>
        <translation>在握手完成前停止</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>没有 HTTP 响应</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>握手被拒绝：%1</translation>
    </message>
    <message>
        <source>Frame too large for the simulator</source>
        <translation>帧太大，模拟器无法处理</translation>
    </message>
    <message>
        <source>Connection lost without a close frame</source>
        <translation>连接在没有关闭帧的情况下丢失</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClients</name>
    <message>
        <source>Idle (answers pings, says nothing)</source>
        <translation>空闲（响应 Ping，不发消息）</translation>
    </message>
    <message>
        <source>Chatty (sends R messages/s)</source>
        <translation>活跃（每秒发送 R 条消息）</translation>
    </message>
    <message>
        <source>Slow reader (1 KiB/s)</source>
        <translation>慢速读取（1 KiB/s）</translation>
    </message>
    <message>
        <source>Never answers pings</source>
        <translation>从不响应 Ping</translation>
    </message>
    <message>
        <source>Sends an oversized message</source>
        <translation>发送超大消息</translation>
    </message>
    <message>
        <source>Sends invalid UTF-8</source>
        <translation>发送无效的 UTF-8</translation>
    </message>
    <message>
        <source>Simulated clients need a ws:// URL (they do their own handshake and have no TLS).</source>
        <translation>模拟客户端需要 ws:// URL（它们自行完成握手，不支持 TLS）。</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatorWidget</name>
    <message>
        <source>Simulated clients show rate limiting, heartbeats and limits live on the dashboard. Each one is a plain TCP socket doing its own WebSocket handshake, so it can misbehave in ways a normal client library will not.</source>
        <translation>模拟客户端可在仪表板上实时展示速率限制、心跳和各种上限。每个模拟客户端都是一个自行完成 WebSocket 握手的普通 TCP 套接字，因此可以做出普通客户端库不会有的异常行为。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>client_id, room_id or topic, for the endpoints that take one</source>
        <translation>client_id、room_id 或主题，用于需要这些参数的端点</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>Any ws:// server; built from the endpoint above</source>
        <translation>任意 ws:// 服务器；根据上方的端点生成</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL：</translation>
    </message>
    <message>
        <source>All simulated clients share this credential, so they share one user&apos;s rate limit</source>
        <translation>所有模拟客户端共用此凭据，因此共用同一个用户的速率限制</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>认证(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>客户端数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>行为(&amp;B)：</translation>
    </message>
    <message>
        <source> msg/s per client</source>
        <translation> 条/秒（每客户端）</translation>
    </message>
    <message>
        <source>&amp;Rate (chatty):</source>
        <translation>速率（活跃）(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;pawn</source>
        <translation>生成(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>全部停止(&amp;T)</translation>
    </message>
    <message>
        <source>Close codes of the simulated clients appear here.</source>
        <translation>模拟客户端的关闭码会显示在这里。</translation>
    </message>
    <message>
        <source>Running: %1 (connecting %2, open %3) · closed so far: %4 · messages sent %5, received %6</source>
        <translation>运行中：%1（连接中 %2，已打开 %3）· 已关闭：%4 · 已发送消息 %5，已接收 %6</translation>
    </message>
    <message>
        <source>%1 × no close frame: %2</source>
        <translation>%1 × 无关闭帧：%2</translation>
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
        <translation>发布到主题</translation>
    </message>
    <message>
        <source>Admin: stats</source>
        <translation>管理：统计</translation>
    </message>
    <message>
        <source>Admin: broadcast</source>
        <translation>管理：广播</translation>
    </message>
    <message>
        <source>Text ping</source>
        <translation>文本 Ping</translation>
    </message>
</context>
<context>
    <name>SocketScope::TlsDialog</name>
    <message>
        <source>Serve &amp;wss:// (TLS) on the server port</source>
        <translation>在服务器端口上提供 &amp;wss://（TLS）</translation>
    </message>
    <message>
        <source>Also serve plain ws:// on &amp;port:</source>
        <translation>同时在此端口提供普通 ws://(&amp;P)：</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PEM file, e.g. cert.pem</source>
        <translation>PEM 文件，例如 cert.pem</translation>
    </message>
    <message>
        <source>unencrypted PEM private key, e.g. key.pem</source>
        <translation>未加密的 PEM 私钥，例如 key.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>任意</translation>
    </message>
    <message>
        <source>scripts/dev-cert.sh makes a self-signed pair for local use. The files are checked when the server starts; a problem is shown with the file and the reason.</source>
        <translation>scripts/dev-cert.sh 可生成供本地使用的自签名证书和私钥。服务器启动时会检查这些文件；如有问题，会显示相应文件和原因。</translation>
    </message>
    <message>
        <source>Applying restarts the server: open connections are closed with 1001.</source>
        <translation>应用后服务器将重启：打开的连接会以 1001 关闭。</translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation>应用并重启(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply and start</source>
        <translation>应用并启动(&amp;A)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>请选择证书文件。</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>请选择私钥文件。</translation>
    </message>
    <message>
        <source>The plain ws:// port must differ from the server port %1.</source>
        <translation>普通 ws:// 端口必须与服务器端口 %1 不同。</translation>
    </message>
</context>
<context>
    <name>SocketScope::TokensModel</name>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Only the first characters are shown; the store keeps a hash, never the token.</source>
        <translation>只显示开头几个字符；存储的是哈希值，绝不是 Token 本身。</translation>
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
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SocketScope::TopicsModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>订阅者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>SocketScope::TrafficCharts</name>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 &amp;PNG…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>导出 C&amp;SV…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Chart series: connections that are open (adjective)</extracomment>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Chart series: received (incoming) traffic</extracomment>
        <translation>收</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Chart series: sent (outgoing) traffic</extracomment>
        <translation>发</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Rate-limit rejections/s</source>
        <translation>速率限制拒绝/秒</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Line chart of %1 over the chosen time window: %2</source>
        <translation>%1 在所选时间窗口内的折线图：%2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersModel</name>
    <message numerus="yes">
        <source>%n active token(s)</source>
        <translation>
            <numerusform>%n 个有效 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked or expired</source>
        <translation>
            <numerusform>%n 个已吊销或已过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned until %1</source>
        <translation>封禁至 %1</translation>
    </message>
    <message>
        <source>Banned until %1: %2</source>
        <translation>封禁至 %1：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation>封禁至</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersPanel</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>删除用户(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>封禁(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>解除封禁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Issue token…</source>
        <translation>签发 Token(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>吊销 Token(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Add a user with a name and a role</source>
        <translation>添加一个带名称和角色的用户</translation>
    </message>
    <message>
        <source>Remove the selected user with their tokens, sessions and ban; their open connections are closed</source>
        <translation>删除所选用户及其 Token、会话和封禁；其打开的连接会被关闭</translation>
    </message>
    <message>
        <source>Ban the selected user for a while: their connections are closed, new ones refused</source>
        <translation>暂时封禁所选用户：关闭其连接并拒绝新连接</translation>
    </message>
    <message>
        <source>Lift the selected user&apos;s ban</source>
        <translation>解除所选用户的封禁</translation>
    </message>
    <message>
        <source>Issue a new API token for the selected user; it is shown once</source>
        <translation>为所选用户签发新的 API Token；它只显示一次</translation>
    </message>
    <message>
        <source>Revoke the selected token; connections that use it are closed</source>
        <translation>吊销所选 Token；使用它的连接会被关闭</translation>
    </message>
    <message>
        <source>Read users and tokens from the database again</source>
        <translation>重新从数据库读取用户和 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1, read at %2</source>
        <translation>数据库 %1，读取于 %2</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <source>API tokens: select a user</source>
        <translation>API Token：请选择用户</translation>
    </message>
    <message>
        <source>API tokens of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的 API Token</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Adding user “%1”</source>
        <translation>正在添加用户“%1”</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Remove %1? Their tokens, sessions and ban are removed too, and their open connections are closed. This cannot be undone.</source>
        <translation>删除 %1？其 Token、会话和封禁也将一并删除，打开的连接会被关闭。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Issuing a token for %1</source>
        <translation>正在为 %1 签发 Token</translation>
    </message>
    <message>
        <source>Issued token %1 for %2.</source>
        <translation>已为 %2 签发 Token %1。</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>吊销 Token</translation>
    </message>
    <message>
        <source>Revoke token %1 (%2) of %3? Connections that authenticated with it are closed, and it cannot be used again.</source>
        <translation>吊销 %3 的 Token %1（%2）？使用它认证的连接将被关闭，且该 Token 将无法再使用。</translation>
    </message>
    <message>
        <source>Revoking token %1</source>
        <translation>正在吊销 Token %1</translation>
    </message>
    <message>
        <source>Revoked token %1 of %2.</source>
        <translation>已吊销 %2 的 Token %1。</translation>
    </message>
    <message>
        <source>Banning %1</source>
        <translation>正在封禁 %1</translation>
    </message>
    <message>
        <source>Banned %1 for %2.</source>
        <translation>已封禁 %1，时长 %2。</translation>
    </message>
    <message>
        <source>Unbanning %1</source>
        <translation>正在解除 %1 的封禁</translation>
    </message>
    <message>
        <source>Unbanned %1.</source>
        <translation>已解除 %1 的封禁。</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayFrameModel</name>
    <message>
        <source>1-byte payload: malformed</source>
        <translation>1 字节载荷：格式错误</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>无状态码</translation>
    </message>
    <message>
        <source>FIN=1: the last frame of its message</source>
        <translation>FIN=1：所属消息的最后一帧</translation>
    </message>
    <message>
        <source>FIN=0: more frames of this message follow</source>
        <translation>FIN=0：这条消息后面还有帧</translation>
    </message>
    <message>
        <source>Masked: every client-to-server frame must be (RFC 6455 §5.3)</source>
        <translation>已掩码：客户端发往服务器的每一帧都必须掩码（RFC 6455 §5.3）</translation>
    </message>
    <message>
        <source>Not masked: server-to-client frames never are</source>
        <translation>未掩码：服务器发往客户端的帧从不掩码</translation>
    </message>
    <message>
        <source>FIN bit: 1 on the last frame of a message</source>
        <translation>FIN 位：消息的最后一帧为 1</translation>
    </message>
    <message>
        <source>RSV1 RSV2 RSV3: zero unless an extension was negotiated</source>
        <translation>RSV1 RSV2 RSV3：除非协商了扩展，否则为 0</translation>
    </message>
    <message>
        <source>MASK bit: 1 when the payload is XOR-ed with the masking key</source>
        <translation>MASK 位：载荷与掩码密钥做了异或时为 1</translation>
    </message>
    <message>
        <source>The 4-byte masking key</source>
        <translation>4 字节的掩码密钥</translation>
    </message>
    <message>
        <source>Payload length in bytes</source>
        <translation>载荷长度（字节）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>No header bytes recorded for this frame.</source>
        <translation>此帧没有记录帧头字节。</translation>
    </message>
    <message numerus="yes">
        <source>Header: %n byte(s)</source>
        <translation>
            <numerusform>帧头：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0</source>
        <translation>字节 0</translation>
    </message>
    <message>
        <source>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 opcode=0x%5 (%6)</source>
        <translation>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 操作码=0x%5（%6）</translation>
    </message>
    <message>
        <source>payload length=%1</source>
        <translation>载荷长度=%1</translation>
    </message>
    <message>
        <source>126: the length follows in 2 bytes</source>
        <translation>126：长度在后面 2 个字节中</translation>
    </message>
    <message>
        <source>127: the length follows in 8 bytes</source>
        <translation>127：长度在后面 8 个字节中</translation>
    </message>
    <message>
        <source>byte 1</source>
        <translation>字节 1</translation>
    </message>
    <message>
        <source>MASK=%1 %2</source>
        <translation>MASK=%1 %2</translation>
    </message>
    <message>
        <source>bytes 2–3</source>
        <translation>字节 2–3</translation>
    </message>
    <message>
        <source>extended payload length (16 bit, big-endian) = %1</source>
        <translation>扩展载荷长度（16 位，大端序）= %1</translation>
    </message>
    <message>
        <source>bytes 2–9</source>
        <translation>字节 2–9</translation>
    </message>
    <message>
        <source>extended payload length (64 bit, big-endian) = %1</source>
        <translation>扩展载荷长度（64 位，大端序）= %1</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>字节 %1–%2</translation>
    </message>
    <message>
        <source>masking key</source>
        <translation>掩码密钥</translation>
    </message>
    <message>
        <source>Payload on the wire (masked):</source>
        <translation>线路上的载荷（已掩码）：</translation>
    </message>
    <message>
        <source>Payload unmasked (byte i XOR key byte i mod 4):</source>
        <translation>去掩码后的载荷（字节 i 异或密钥字节 i mod 4）：</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>载荷：</translation>
    </message>
    <message>
        <source>close code (16 bit, big-endian) = %1 %2</source>
        <translation>关闭码（16 位，大端序）= %1 %2</translation>
    </message>
    <message>
        <source>  then the reason, UTF-8:</source>
        <translation>  然后是原因，UTF-8：</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… 还有 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Sent: client → server</source>
        <translation>发送：客户端 → 服务器</translation>
    </message>
    <message>
        <source>Received: server → client</source>
        <translation>接收：服务器 → 客户端</translation>
    </message>
    <message>
        <source>Direction: &gt;&gt; client to server, &lt;&lt; server to client</source>
        <translation>方向：&gt;&gt; 客户端到服务器，&lt;&lt; 服务器到客户端</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayView</name>
    <message>
        <source>Show tokens, cookies and Authorization values in clear text (on a projector too)</source>
        <translation>以明文显示令牌、Cookie 和 Authorization 值（投影时也一样）</translation>
    </message>
    <message>
        <source>Payload of the ping frame: at most 125 bytes, echoed in the pong</source>
        <translation>ping 帧的载荷：最多 125 字节，会在 pong 中原样返回</translation>
    </message>
    <message>
        <source>Send pin&amp;g</source>
        <translation>发送 ping(&amp;G)</translation>
    </message>
    <message>
        <source>Ping payload:</source>
        <translation>Ping 载荷：</translation>
    </message>
    <message>
        <source>The opening handshake appears here once an X-ray connection starts.</source>
        <translation>X 光连接开始后，握手内容会显示在这里。</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes with the header bits labelled.</source>
        <translation>选择一帧即可查看其字节，帧头各位均有标注。</translation>
    </message>
    <message>
        <source>&amp;Handshake</source>
        <translation>握手(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Bytes of the frame</source>
        <translation>帧的字节(&amp;B)</translation>
    </message>
    <message>
        <source>X-ray is off. Tick “X-ray” in the connection settings, then connect: the tab then speaks WebSocket itself and shows the handshake and every frame.</source>
        <translation>X 光已关闭。在连接设置中勾选“X 光”再连接：该标签页会自己实现 WebSocket，并显示握手和每一帧。</translation>
    </message>
    <message>
        <source>Why 101 and then 1008, not HTTP 401? The server accepts the upgrade and then refuses with a Close frame: a browser&apos;s WebSocket API never shows the status or body of a refused handshake (only a bare error event), but it does show a Close frame&apos;s code and reason. So the reason here is what a web page can tell its user.</source>
        <translation>为什么是 101 然后 1008，而不是 HTTP 401？服务器先接受升级，再用 Close 帧拒绝：浏览器的 WebSocket API 从不暴露被拒握手的状态码或响应体（只有一个空的 error 事件），但会给出 Close 帧的关闭码和原因。所以这里的原因就是网页能告诉用户的内容。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept, step by step (RFC 6455 §4.2.2):</source>
        <translation>Sec-WebSocket-Accept 逐步计算（RFC 6455 §4.2.2）：</translation>
    </message>
    <message>
        <source>  1. Sec-WebSocket-Key from the request:  %1</source>
        <translation>  1. 请求中的 Sec-WebSocket-Key：   %1</translation>
    </message>
    <message>
        <source>  2. the key + the fixed GUID:            %1</source>
        <translation>  2. 密钥 + 固定 GUID：            %1</translation>
    </message>
    <message>
        <source>  3. SHA-1 of that (20 bytes, hex):       %1</source>
        <translation>  3. 其 SHA-1（20 字节，十六进制）：%1</translation>
    </message>
    <message>
        <source>  4. base64 of the 20 bytes:              %1</source>
        <translation>  4. 这 20 字节的 base64：         %1</translation>
    </message>
    <message>
        <source>  5. Sec-WebSocket-Accept in the answer:  %1</source>
        <translation>  5. 响应中的 Sec-WebSocket-Accept：%1</translation>
    </message>
    <message>
        <source>  ✓ matches: the server read this very request and speaks WebSocket</source>
        <translation>  ✓ 一致：服务器读到了这个请求，并且支持 WebSocket</translation>
    </message>
    <message>
        <source>  ✗ does not match: not a WebSocket server (or a proxy answered); the client must fail</source>
        <translation>  ✗ 不一致：不是 WebSocket 服务器（或是代理作答）；客户端必须失败</translation>
    </message>
    <message>
        <source>Request (client → server):</source>
        <translation>请求（客户端 → 服务器）：</translation>
    </message>
    <message>
        <source>Response (server → client):</source>
        <translation>响应（服务器 → 客户端）：</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>显示机密(&amp;V)</translation>
    </message>
    <message>
        <source>Clear frames</source>
        <translation>清空帧</translation>
    </message>
    <message>
        <source>&amp;Next step ▸</source>
        <translation>下一步(&amp;N) ▸</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Normal closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>端点离开</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>未收到状态码</translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>无效的负载数据</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation>缺少必需扩展</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Registered (library/framework)</source>
        <translation>已注册（库/框架）</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>私有用途</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Endpoint name of /ws/{client_id}, the connection manager that tells everyone who joins and leaves</extracomment>
        <translation>连接管理器</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Auth OK</source>
        <translation>认证成功</translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>Event: a connection joined a room or subscribed to a topic</extracomment>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Event: a connection left a room or topic (not the direction &quot;left&quot;)</extracomment>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>被限速</translation>
    </message>
    <message>
        <source>Kicked</source>
        <translation>被踢出</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询参数</translation>
    </message>
    <message>
        <source>first message</source>
        <translation>首条消息</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <extracomment>%1 is how the JWT arrived: header, cookie, query or first message</extracomment>
        <translation>JWT（%1）</translation>
    </message>
</context>
</TS>
