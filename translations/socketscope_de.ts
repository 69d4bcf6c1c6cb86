<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ClientConfig</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Query token (?token=…)</source>
        <translation>Query-Token (?token=…)</translation>
    </message>
    <message>
        <source>Cookie session (session_id=…)</source>
        <translation>Sitzungs-Cookie (session_id=…)</translation>
    </message>
    <message>
        <source>Authorization: Bearer header</source>
        <translation>Authorization: Bearer-Header</translation>
    </message>
    <message>
        <source>First message {&quot;type&quot;:&quot;auth&quot;}</source>
        <translation>Erste Nachricht {&quot;type&quot;:&quot;auth&quot;}</translation>
    </message>
    <message>
        <source>No credential is sent. Endpoints other than /ws/echo then wait for first-message auth and close with 1008 after the auth timeout.</source>
        <translation>Es wird kein Berechtigungsnachweis gesendet. Alle Endpunkte außer /ws/echo warten dann auf die Authentifizierung per erster Nachricht und schließen nach Ablauf der Auth-Zeitüberschreitung mit 1008.</translation>
    </message>
    <message>
        <source>The token travels in the URL: %1</source>
        <translation>Das Token steht in der URL: %1</translation>
    </message>
    <message>
        <source>The session id travels in the Cookie header of the handshake: Cookie: session_id=%1</source>
        <translation>Die Sitzungs-ID steht im Cookie-Header des Handshakes: Cookie: session_id=%1</translation>
    </message>
    <message>
        <source>The token travels in the Authorization header of the handshake: Authorization: Bearer %1</source>
        <translation>Das Token steht im Authorization-Header des Handshakes: Authorization: Bearer %1</translation>
    </message>
    <message>
        <source>The token travels in the first message, after the connection is open: %1</source>
        <translation>Das Token steht in der ersten Nachricht, nachdem die Verbindung offen ist: %1</translation>
    </message>
    <message>
        <source>Query tokens end up in URLs: in server and proxy access logs, browser history and Referer headers. Prefer a header, a cookie or the first message.</source>
        <translation>Query-Tokens landen in URLs: in Zugriffsprotokollen von Server und Proxy, im Browserverlauf und in Referer-Headern. Besser einen Header, ein Cookie oder die erste Nachricht verwenden.</translation>
    </message>
    <message>
        <source>The token is part of the URL: it ends up in server logs and browser history.</source>
        <translation>Das Token ist Teil der URL: Es landet in Serverprotokollen und im Browserverlauf.</translation>
    </message>
    <message>
        <source>JavaScript cannot add a Cookie header to a WebSocket handshake: the browser sends the
cookies of the server&apos;s host itself. A page served from the same host can set it:</source>
        <translation>JavaScript kann einem WebSocket-Handshake keinen Cookie-Header hinzufügen: Der Browser sendet
die Cookies des Server-Hosts selbst. Eine Seite vom selben Host kann es setzen:</translation>
    </message>
    <message>
        <source>Browsers cannot set an Authorization header on a WebSocket handshake (the WebSocket
API has no way to pass headers). This snippet sends the same token as the first
message instead; the server accepts both.</source>
        <translation>Browser können bei einem WebSocket-Handshake keinen Authorization-Header setzen (die WebSocket-
API kann keine Header übergeben). Dieses Snippet sendet dasselbe Token stattdessen als erste
Nachricht; der Server akzeptiert beides.</translation>
    </message>
    <message>
        <source>Needs the websockets package (Debian: python3-websockets).</source>
        <translation>Benötigt das Paket websockets (Debian: python3-websockets).</translation>
    </message>
    <message>
        <source>websockets 14 and later call this argument additional_headers.</source>
        <translation>Ab websockets 14 heißt dieses Argument additional_headers.</translation>
    </message>
    <message>
        <source>For a self-signed certificate pass ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;).</source>
        <translation>Für ein selbstsigniertes Zertifikat ssl=ssl.create_default_context(cafile=&quot;cert.pem&quot;) übergeben.</translation>
    </message>
    <message>
        <source>Waits for the first publication to the topic.</source>
        <translation>Wartet auf die erste Veröffentlichung im Topic.</translation>
    </message>
    <message>
        <source>then type: %1</source>
        <translation>dann eingeben: %1</translation>
    </message>
    <message>
        <source>Header line %1: write it as “Name: value”.</source>
        <translation>Kopfzeile %1: bitte als „Name: Wert“ schreiben.</translation>
    </message>
    <message>
        <source>Header line %1: %2 is written by the client itself (use the subprotocol field for Sec-WebSocket-Protocol).</source>
        <translation>Kopfzeile %1: %2 schreibt der Client selbst (für Sec-WebSocket-Protocol das Feld „Subprotokolle“ nutzen).</translation>
    </message>
    <message>
        <source>Query line %1: write it as “key=value”.</source>
        <translation>Query-Zeile %1: bitte als „Schlüssel=Wert“ schreiben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid subprotocol name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>„%1“ ist kein gültiger Subprotokollname (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>Browsers cannot add headers to a WebSocket handshake: the custom headers are left out.</source>
        <translation>Browser können einem WebSocket-Handshake keine Header hinzufügen: die eigenen Header fehlen hier.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>A WebSocket server you can watch and administer live: connections, rooms, topics, rate limits and traffic, with an event log, charts and a client to try every endpoint.</source>
        <translation>Ein WebSocket-Server, den Sie live beobachten und verwalten können: Verbindungen, Räume, Topics, Ratenlimits und Datenverkehr, mit Ereignisprotokoll, Diagrammen und einem Client, um jeden Endpunkt auszuprobieren.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Licence: MIT. You may use, copy, modify and distribute SocketScope freely, provided the copyright and licence notice is kept; it comes without any warranty. The full text is in the LICENSE file.</source>
        <translation>Lizenz: MIT. Sie dürfen SocketScope frei verwenden, kopieren, ändern und weitergeben, sofern der Urheberrechts- und Lizenzhinweis erhalten bleibt; es wird ohne jede Gewährleistung bereitgestellt. Der vollständige Text steht in der Datei LICENSE.</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3.</source>
        <translation>Qt wird unter der GNU LGPL Version 3 verwendet.</translation>
    </message>
    <message>
        <source>About SocketScope</source>
        <translation>Über SocketScope</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>SocketScope runs a real WebSocket server inside this window. Everything that happens on it appears live: each connection in the Connections view, every connect, authentication, join, rate-limit rejection and close in the event log, and the traffic in the charts.</source>
        <translation>SocketScope betreibt in diesem Fenster einen echten WebSocket-Server. Alles, was darauf geschieht, erscheint live: jede Verbindung in der Ansicht „Verbindungen“, jeder Verbindungsaufbau, jede Authentifizierung, jeder Beitritt, jede Ablehnung durch das Ratenlimit und jedes Schließen im Ereignisprotokoll und der Datenverkehr in den Diagrammen.</translation>
    </message>
    <message>
        <source>The server is listening on %1. Change the address and port in the toolbar; 127.0.0.1 accepts connections from this computer only, 0.0.0.0 from the network.</source>
        <translation>Der Server lauscht auf %1. Adresse und Port lassen sich in der Werkzeugleiste ändern; 127.0.0.1 nimmt nur Verbindungen von diesem Rechner an, 0.0.0.0 auch aus dem Netzwerk.</translation>
    </message>
    <message>
        <source>A first client</source>
        <translation>Ein erster Client</translation>
    </message>
    <message>
        <source>Open the Client view (a tab next to Connections), choose an endpoint and an authentication method, and connect. Or, from a terminal:</source>
        <translation>Öffnen Sie die Ansicht „Client“ (ein Tab neben „Verbindungen“), wählen Sie einen Endpunkt und eine Authentifizierungsmethode und verbinden Sie sich. Oder in einem Terminal:</translation>
    </message>
    <message>
        <source>In a browser console:</source>
        <translation>In der Konsole eines Browsers:</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>No authentication. Sends every text back as “Message text was: …” and binary messages unchanged.</source>
        <translation>Keine Authentifizierung. Sendet jeden Text als „Message text was: …“ zurück, Binärnachrichten unverändert.</translation>
    </message>
    <message>
        <source>For the admin role: admin commands in JSON, such as broadcast, kick, ban and stats.</source>
        <translation>Für die Rolle admin: Admin-Befehle in JSON, etwa broadcast, kick, ban und stats.</translation>
    </message>
    <message>
        <source>Connection manager: everyone connected here sees who joins and leaves and every message.</source>
        <translation>Verbindungsmanager: Alle hier Verbundenen sehen, wer beitritt und geht, und jede Nachricht.</translation>
    </message>
    <message>
        <source>A chat room: messages go to the other members of the room.</source>
        <translation>Ein Chatraum: Nachrichten gehen an die anderen Mitglieder des Raums.</translation>
    </message>
    <message>
        <source>Receives every JSON object published to the topic; the admin and publisher roles may publish.</source>
        <translation>Empfängt jedes JSON-Objekt, das im Topic veröffentlicht wird; die Rollen admin und publisher dürfen veröffentlichen.</translation>
    </message>
    <message>
        <source>Plain HTTP: a health check in JSON and Prometheus metrics.</source>
        <translation>Einfaches HTTP: eine Zustandsprüfung in JSON und Prometheus-Metriken.</translation>
    </message>
    <message>
        <source>On every endpoint “ping” is answered with “pong”, an empty message with an error, and a user over the rate limit with an error that says when to try again.</source>
        <translation>Auf jedem Endpunkt wird „ping“ mit „pong“ beantwortet, eine leere Nachricht mit einem Fehler und ein Benutzer über dem Ratenlimit mit einem Fehler, der sagt, wann er es wieder versuchen kann.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Every endpoint except /ws/echo needs a credential. The first one present decides:</source>
        <translation>Jeder Endpunkt außer /ws/echo braucht einen Berechtigungsnachweis. Der erste vorhandene entscheidet:</translation>
    </message>
    <message>
        <source>An Authorization header: %1. Browsers cannot set it on a WebSocket.</source>
        <translation>Ein Authorization-Header: %1. Browser können ihn bei einem WebSocket nicht setzen.</translation>
    </message>
    <message>
        <source>A session cookie: %1, sent by the browser itself.</source>
        <translation>Ein Sitzungs-Cookie: %1, vom Browser selbst gesendet.</translation>
    </message>
    <message>
        <source>A query parameter: %1. Simple, but the token ends up in logs and browser history.</source>
        <translation>Ein Query-Parameter: %1. Einfach, aber das Token landet in Protokollen und im Browserverlauf.</translation>
    </message>
    <message>
        <source>None of these: the first message must be %1, within the auth timeout.</source>
        <translation>Nichts davon: Die erste Nachricht muss %1 sein, innerhalb der Auth-Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>A token is an API token from the Users view or a JWT signed by the server (Make JWT… in the Client view). A failed authentication closes the connection with code 1008 and a reason such as “Invalid token” or “Token expired”.</source>
        <translation>Ein Token ist ein API-Token aus der Ansicht „Benutzer“ oder ein vom Server signiertes JWT (JWT erstellen… in der Ansicht „Client“). Eine fehlgeschlagene Authentifizierung schließt die Verbindung mit Code 1008 und einem Grund wie „Invalid token“ oder „Token expired“.</translation>
    </message>
    <message>
        <source>An empty database starts with demo users: the tokens secret-token (john_doe) and valid-token (alice, admin), and the sessions abc123 (alice) and xyz789 (bob).</source>
        <translation>Eine leere Datenbank beginnt mit Demo-Benutzern: den Tokens secret-token (john_doe) und valid-token (alice, Admin) und den Sitzungen abc123 (alice) und xyz789 (bob).</translation>
    </message>
    <message>
        <source>Acting as admin</source>
        <translation>Als Admin handeln</translation>
    </message>
    <message>
        <source>Right-click a connection to kick it, message or ban its user. Broadcast… and Publish… are in the Server menu; rate limits change live in the Rate limits view. Settings… holds every server option.</source>
        <translation>Mit einem Rechtsklick auf eine Verbindung trennen Sie sie oder schreiben oder sperren deren Benutzer. Rundsenden… und Veröffentlichen… stehen im Menü „Server“; Ratenlimits ändern Sie live in der Ansicht „Ratenlimits“. Unter Einstellungen… finden Sie jede Serveroption.</translation>
    </message>
    <message>
        <source>Authenticated chat: a JSON welcome, then each message comes back as “User 123: …” (the sender’s user id).</source>
        <translation>Authentifizierter Chat: eine JSON-Begrüßung, danach kommt jede Nachricht als „User 123: …“ zurück (die Benutzer-ID des Absenders).</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>The data must be a JSON object ({ … }).</source>
        <translation>Die Daten müssen ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>JwtDecodeDialog</name>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this has %n.</source>
        <translation>
            <numerusform>Ein JWT hat drei durch Punkte getrennte Teile; dieser hat %n.</numerusform>
            <numerusform>Ein JWT hat drei durch Punkte getrennte Teile; dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header or claims part is not base64url.</source>
        <translation>Der Header- oder Claims-Teil ist kein base64url.</translation>
    </message>
    <message>
        <source>The header or claims part is not a JSON object.</source>
        <translation>Der Header- oder Claims-Teil ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>no exp claim: it never expires (SocketScope refuses such tokens only if the signature is wrong)</source>
        <translation>kein exp-Claim: läuft nie ab (SocketScope lehnt solche Tokens nur bei falscher Signatur ab)</translation>
    </message>
    <message>
        <source>expires %1 (in %2)</source>
        <translation>läuft ab am %1 (in %2)</translation>
    </message>
    <message>
        <source>EXPIRED %1 (%2 ago): the server answers 1008 “Token expired”</source>
        <translation>ABGELAUFEN am %1 (vor %2): der Server antwortet 1008 „Token expired“</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>Binär</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Log entry type: the connection opened</extracomment>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• Ereignis</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation>Zeile %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Not a SocketScope transcript (no header line).</source>
        <translation>Kein SocketScope-Mitschnitt (keine Kopfzeile).</translation>
    </message>
</context>
<context>
    <name>SocketScope::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>unique, no spaces</source>
        <translation>eindeutig, ohne Leerzeichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Chat, rooms and subscriptions</source>
        <translation>Chat, Räume und Abonnements</translation>
    </message>
    <message>
        <source>Can also publish to topics</source>
        <translation>Darf außerdem in Topics veröffentlichen</translation>
    </message>
    <message>
        <source>Can also use /ws/admin</source>
        <translation>Darf außerdem /ws/admin verwenden</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Bitte einen Namen eingeben.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name must not contain spaces or control characters.</source>
        <translation>Der Name darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>Es gibt bereits einen Benutzer namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SocketScope::AttachDialog</name>
    <message>
        <source>&amp;Remember the token in the desktop keyring</source>
        <translation>Token im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server, for example one started with --headless. The window connects to its /ws/admin endpoint with an admin&apos;s token.</source>
        <translation>Einen laufenden SocketScope-Server beobachten und verwalten, zum Beispiel einen mit --headless gestarteten. Das Fenster verbindet sich mit dessen Endpunkt /ws/admin und dem Token eines Admins.</translation>
    </message>
    <message>
        <source>ws:// or wss:// with host and port; the path defaults to /ws/admin</source>
        <translation>ws:// oder wss:// mit Host und Port; ohne Pfad gilt /ws/admin</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>an admin user&apos;s API token or JWT</source>
        <translation>API-Token oder JWT eines Admin-Benutzers</translation>
    </message>
    <message>
        <source>Sent in the Authorization header (Bearer), never in the URL</source>
        <translation>Wird im Authorization-Header (Bearer) gesendet, nie in der URL</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring…</source>
        <translation>Suche den Schlüsselbund des Desktops…</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Tokens are kept in the desktop keyring, never in SocketScope&apos;s settings file.</source>
        <translation>Tokens werden im Schlüsselbund des Desktops aufbewahrt, nie in der Einstellungsdatei von SocketScope.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL.</source>
        <translation>Bitte die URL des Servers eingeben.</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>Keine verwendbare URL: %1</translation>
    </message>
    <message>
        <source>Enter an admin token.</source>
        <translation>Bitte ein Admin-Token eingeben.</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service or KWallet) answers: the token is not saved and is asked for again next time.</source>
        <translation>Kein Schlüsselbund des Desktops (Secret Service oder KWallet) antwortet: Das Token wird nicht gespeichert und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>SocketScope::AuditExportDialog</name>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Connections, authentication failures, admin actions and bans from the server&apos;s database, oldest first. Tokens and session ids are never in it.</source>
        <translation>Verbindungen, fehlgeschlagene Authentifizierungen, Admin-Aktionen und Sperren aus der Datenbank des Servers, älteste zuerst. Tokens und Sitzungs-IDs sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>&amp;Einträge:</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON Lines (jq, log tools)</source>
        <translation>JSON Lines (jq, Log-Werkzeuge)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
</context>
<context>
    <name>SocketScope::BanDialog</name>
    <message>
        <source>Ban user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Ban %1: their connections are closed and new ones are refused until the ban ends.</source>
        <translation>%1 sperren: Die Verbindungen werden geschlossen und neue abgelehnt, bis die Sperre endet.</translation>
    </message>
    <message>
        <source>A duration such as 90s, 30m, 2h or 1d</source>
        <translation>Eine Dauer wie 90s, 30m, 2h oder 1d</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Banned by admin</source>
        <translation>Vom Admin gesperrt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Enter a duration such as 90s, 30m, 2h or 1d.</source>
        <translation>Bitte eine Dauer wie 90s, 30m, 2h oder 1d eingeben.</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>Der Grund ist länger als 123 Byte UTF-8.</translation>
    </message>
</context>
<context>
    <name>SocketScope::BroadcastDialog</name>
    <message>
        <source>Broadcast</source>
        <translation>Rundsenden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A room</source>
        <translation>Einen Raum</translation>
    </message>
    <message>
        <source>An endpoint</source>
        <translation>Einen Endpunkt</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Einen Benutzer</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n connection(s) right now.</source>
        <translation>
            <numerusform>Erreicht gerade %n Verbindung.</numerusform>
            <numerusform>Erreicht gerade %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm broadcast</source>
        <translation>Rundsendung bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>This message goes to %n connection(s). Send it?</source>
        <translation>
            <numerusform>Diese Nachricht geht an %n Verbindung. Senden?</numerusform>
            <numerusform>Diese Nachricht geht an %n Verbindungen. Senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <extracomment>%1 the size of the message (e.g. &quot;1.2 KiB&quot;), %2 the total for all recipients</extracomment>
        <translation>%1 je Verbindung, %2 insgesamt.</translation>
    </message>
    <message>
        <source>Send is off: the text is only white space, which every endpoint refuses as an empty message.</source>
        <translation>Senden ist aus: Der Text besteht nur aus Leerraum, den jeder Endpunkt als leere Nachricht ablehnt.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientPanel</name>
    <message>
        <source>+ &amp;New client</source>
        <translation>+ &amp;Neuer Client</translation>
    </message>
    <message>
        <source>Open another client in a new tab</source>
        <translation>Einen weiteren Client in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>&amp;Open transcript…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved JSON Lines transcript in a new tab</source>
        <translation>Einen gespeicherten Mitschnitt (JSON Lines) in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Simulated clients</source>
        <translation>Simulierte Clients</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Scripted scenarios that show, step by step, what happens on the wire</source>
        <translation>Vorbereitete Abläufe, die Schritt für Schritt zeigen, was auf der Leitung passiert</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClientTab</name>
    <message>
        <source>Line %1, column %2: &apos;%3&apos; is not a hex digit</source>
        <translation>Zeile %1, Spalte %2: „%3“ ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>Odd number of hex digits: each byte needs two.</source>
        <translation>Ungerade Anzahl Hexadezimalziffern: Jedes Byte braucht zwei.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
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
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://host:port/pfad oder wss://…</translation>
    </message>
    <message>
        <source>The endpoint&apos;s URL. Type any ws:// or wss:// URL; the credential is added when connecting, by the method chosen below.</source>
        <translation>Die URL des Endpunkts. Jede ws://- oder wss://-URL ist möglich; der Berechtigungsnachweis wird beim Verbinden mit der unten gewählten Methode hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Typed / custom</source>
        <translation>Eingegeben / eigene</translation>
    </message>
    <message>
        <source>secret-token — API token of john_doe</source>
        <translation>secret-token — API-Token von john_doe</translation>
    </message>
    <message>
        <source>valid-token — API token of alice (admin)</source>
        <translation>valid-token — API-Token von alice (Admin)</translation>
    </message>
    <message>
        <source>abc123 — session of alice (admin)</source>
        <translation>abc123 — Sitzung von alice (Admin)</translation>
    </message>
    <message>
        <source>xyz789 — session of bob</source>
        <translation>xyz789 — Sitzung von bob</translation>
    </message>
    <message>
        <source>not-a-token — invalid (to see 1008)</source>
        <translation>not-a-token — ungültig (um 1008 zu sehen)</translation>
    </message>
    <message>
        <source>The demo identities created in an empty database</source>
        <translation>Die Demo-Identitäten, die in einer leeren Datenbank angelegt werden</translation>
    </message>
    <message>
        <source>token or session id</source>
        <translation>Token oder Sitzungs-ID</translation>
    </message>
    <message>
        <source>Make &amp;JWT…</source>
        <translation>&amp;JWT erstellen…</translation>
    </message>
    <message>
        <source>Have the running server sign a JWT for a user, role and lifetime</source>
        <translation>Den laufenden Server ein JWT für Benutzer, Rolle und Gültigkeitsdauer signieren lassen</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>&amp;Auth:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close with the code and reason beside</source>
        <translation>Mit dem nebenstehenden Code und Grund schließen</translation>
    </message>
    <message>
        <source>Close code to send: 1000–1003, 1007–1014 or 3000–4999</source>
        <translation>Zu sendender Close-Code: 1000–1003, 1007–1014 oder 3000–4999</translation>
    </message>
    <message>
        <source>reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Auto-&amp;reconnect</source>
        <translation>Automatisch neu ve&amp;rbinden</translation>
    </message>
    <message>
        <source>Reconnect after the server or the network closes the connection, waiting 1, 2, 4 … up to 30 s</source>
        <translation>Neu verbinden, nachdem der Server oder das Netzwerk die Verbindung geschlossen hat; Wartezeit 1, 2, 4 … bis 30 s</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <source>Send a protocol ping frame; the pong&apos;s round-trip time is shown</source>
        <translation>Einen Ping-Frame des Protokolls senden; die Umlaufzeit des Pongs wird angezeigt</translation>
    </message>
    <message>
        <source>RTT: —</source>
        <translation>RTT: —</translation>
    </message>
    <message>
        <source>Copy as c&amp;ode</source>
        <translation>Als C&amp;ode kopieren</translation>
    </message>
    <message>
        <source>JavaScript (browser WebSocket)</source>
        <translation>JavaScript (Browser-WebSocket)</translation>
    </message>
    <message>
        <source>Python (websockets)</source>
        <translation>Python (websockets)</translation>
    </message>
    <message>
        <source>wscat command line</source>
        <translation>wscat-Befehlszeile</translation>
    </message>
    <message>
        <source>c&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>Mitschnitt &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this log as JSON Lines (credentials redacted)</source>
        <translation>Dieses Protokoll als JSON Lines speichern (Zugangsdaten unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>Select a message to see it whole (JSON pretty-printed, binary as a hex dump).</source>
        <translation>Eine Nachricht auswählen, um sie vollständig zu sehen (JSON formatiert, Binärdaten als Hexdump).</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Title of the group box with the message editor (noun-like heading, &quot;what to send&quot;)</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON (validated)</source>
        <translation>JSON (geprüft)</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binär (hex)</translation>
    </message>
    <message>
        <source>&amp;Pretty-print</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Binary from &amp;file…</source>
        <translation>Binär aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Save snippet…</source>
        <translation>Snippet speichern…</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Snippet löschen</translation>
    </message>
    <message>
        <source>Message. Ctrl+Enter sends; Up/Down on the first/last line recall sent messages.</source>
        <translation>Nachricht. Strg+Eingabe sendet; Auf/Ab in der ersten/letzten Zeile holt gesendete Nachrichten zurück.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not connected (auto-reconnect off)</source>
        <translation>Nicht verbunden (automatisches Neuverbinden aus)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL: %1</source>
        <translation>Keine ws://- oder wss://-URL: %1</translation>
    </message>
    <message>
        <source>Not connected: the URL is not a ws:// or wss:// URL</source>
        <translation>Nicht verbunden: Die URL ist keine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <source>No credential: enter one or choose the auth method None.</source>
        <translation>Kein Berechtigungsnachweis: Bitte einen eingeben oder die Auth-Methode „Keine“ wählen.</translation>
    </message>
    <message>
        <source>Not connected: no credential</source>
        <translation>Nicht verbunden: kein Berechtigungsnachweis</translation>
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
        <translation>Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source>Opening handshake: GET %1</source>
        <translation>Eröffnungs-Handshake: GET %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (HTTP 101 Switching Protocols)</source>
        <translation>Verbunden mit %1 (HTTP 101 Switching Protocols)</translation>
    </message>
    <message>
        <source>Open — %1, auth: %2</source>
        <translation>Offen — %1, Auth: %2</translation>
    </message>
    <message>
        <source>first-message auth (token redacted here)</source>
        <translation>Auth per erster Nachricht (Token hier unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Closed by this client</source>
        <translation>Von diesem Client geschlossen</translation>
    </message>
    <message>
        <source>connection open for %1</source>
        <translation>Verbindung war %1 offen</translation>
    </message>
    <message>
        <source>Closed by this client: %1</source>
        <translation>Von diesem Client geschlossen: %1</translation>
    </message>
    <message>
        <source>the connection ended without a close frame</source>
        <translation>Die Verbindung endete ohne Close-Frame</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>This 1002 comes from Qt 6.4&apos;s QWebSocket, not from the server: it rejects some valid close codes (notably 1013 %1, which SocketScope sends when it is over capacity) and reports 1002 with this reason; the server&apos;s own code is lost. Browsers and python-websockets show the real code.</source>
        <translation>Diese 1002 stammt von QWebSocket aus Qt 6.4, nicht vom Server: Es lehnt einige gültige Close-Codes ab (insbesondere 1013 %1, den SocketScope bei Überlastung sendet) und meldet stattdessen 1002 mit diesem Grund; der eigentliche Code des Servers geht verloren. Browser und python-websockets zeigen den echten Code.</translation>
    </message>
    <message>
        <source>Closed by the server: %1</source>
        <translation>Vom Server geschlossen: %1</translation>
    </message>
    <message>
        <source>a code substituted by Qt; see the log</source>
        <translation>ein von Qt ersetzter Code; siehe Protokoll</translation>
    </message>
    <message>
        <source>Auto-reconnect in %1 s (attempt %2)</source>
        <translation>Automatisches Neuverbinden in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>— reconnecting in %1 s</source>
        <translation>— neu verbinden in %1 s</translation>
    </message>
    <message>
        <source>Auto-reconnect cancelled</source>
        <translation>Automatisches Neuverbinden abgebrochen</translation>
    </message>
    <message>
        <source>%1 is reserved and may not be sent in a Close frame; use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>%1 ist reserviert und darf nicht in einem Close-Frame gesendet werden; 1000–1003, 1007–1014 oder 3000–4999 verwenden.</translation>
    </message>
    <message>
        <source>The close reason may be at most 123 bytes of UTF-8.</source>
        <translation>Der Close-Grund darf höchstens 123 Byte UTF-8 lang sein.</translation>
    </message>
    <message>
        <source>Connection attempt aborted</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
    <message>
        <source>Closing: %1…</source>
        <translation>Schließe: %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the connection is not open.</source>
        <translation>Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <source>Cannot pretty-print: %1</source>
        <translation>Formatieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Eine Datei als eine Binärnachricht senden</translation>
    </message>
    <message>
        <source>Not sent: the file is larger than %1.</source>
        <translation>Nicht gesendet: Die Datei ist größer als %1.</translation>
    </message>
    <message>
        <source>Not sent: the connection is not open.</source>
        <translation>Nicht gesendet: Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Snippets…</translation>
    </message>
    <message>
        <source>Type the message to save as a snippet first.</source>
        <translation>Bitte zuerst die Nachricht eingeben, die als Snippet gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Snippet speichern</translation>
    </message>
    <message>
        <source>Snippet name:</source>
        <translation>Name des Snippets:</translation>
    </message>
    <message>
        <source>Choose the snippet to delete in the list first.</source>
        <translation>Bitte zuerst das zu löschende Snippet in der Liste auswählen.</translation>
    </message>
    <message>
        <source>JavaScript (browser)</source>
        <translation>JavaScript (Browser)</translation>
    </message>
    <message>
        <source>wscat</source>
        <translation>wscat</translation>
    </message>
    <message>
        <source>Copied as %1</source>
        <translation>Als %1 kopiert</translation>
    </message>
    <message>
        <source>This code is on the clipboard. It contains the credential in clear text.</source>
        <translation>Dieser Code liegt in der Zwischenablage. Er enthält den Berechtigungsnachweis im Klartext.</translation>
    </message>
    <message>
        <source>Copied the connection as %1 code to the clipboard</source>
        <translation>Verbindung als %1-Code in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Could not make a JWT: the server is not running.</source>
        <translation>JWT konnte nicht erstellt werden: Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>Made a JWT for %1 (id %2, role %3), expires %4: %5</source>
        <translation>JWT für %1 erstellt (ID %2, Rolle %3), läuft ab %4: %5</translation>
    </message>
    <message>
        <source>Loaded transcript %1 (%2 entries, saved %3)</source>
        <translation>Mitschnitt %1 geladen (%2 Einträge, gespeichert %3)</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Load transcript</source>
        <translation>Mitschnitt laden</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Creden&amp;tial:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Decode J&amp;WT…</source>
        <translation>J&amp;WT dekodieren…</translation>
    </message>
    <message>
        <source>Show the header, claims and expiry of the JWT in the credential field</source>
        <translation>Header, Claims und Ablauf des JWT im Feld „Zugangsdaten“ anzeigen</translation>
    </message>
    <message>
        <source>Custom headers, query parameters and subprotocols of the opening handshake</source>
        <translation>Eigene Header, Query-Parameter und Subprotokolle des Opening Handshakes</translation>
    </message>
    <message>
        <source>&amp;X-ray</source>
        <translation>&amp;Röntgenblick</translation>
    </message>
    <message>
        <source>Show the opening handshake and every frame, both ways (takes effect when connecting)</source>
        <translation>Opening Handshake und jeden Frame in beide Richtungen zeigen (gilt ab dem nächsten Verbinden)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>X-ray: handshake and frames</source>
        <translation>Röntgenblick: Handshake und Frames</translation>
    </message>
    <message>
        <source>Send each message fragmented into this many frames: the first with the text or binary opcode and FIN=0, then continuation frames, the last with FIN=1 (X-ray connections only)</source>
        <translation>Jede Nachricht in so viele Frames zerlegt senden: der erste mit Opcode text oder binary und FIN=0, dann Fortsetzungsframes, der letzte mit FIN=1 (nur bei Röntgenblick-Verbindungen)</translation>
    </message>
    <message>
        <source>Fra&amp;gments:</source>
        <translation>Fra&amp;gmente:</translation>
    </message>
    <message numerus="yes">
        <source>sent in %n frame(s)</source>
        <translation>
            <numerusform>in %n Frame gesendet</numerusform>
            <numerusform>in %n Frames gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening handshake (X-ray): GET %1</source>
        <translation>Opening Handshake (Röntgenblick): GET %1</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols…</source>
        <translation>Header, &amp;Query, Subprotokolle…</translation>
    </message>
    <message>
        <source>Headers, &amp;query, subprotocols (%1)…</source>
        <translation>Header, &amp;Query, Subprotokolle (%1)…</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionInspector</name>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Capture &amp;frames</source>
        <translation>&amp;Frames mitschneiden</translation>
    </message>
    <message>
        <source>Keep this connection&apos;s last frames, both ways, in the server while this is on (it costs nothing while off; closing this window turns it off)</source>
        <translation>Solange eingeschaltet, hält der Server die letzten Frames dieser Verbindung in beide Richtungen fest (ausgeschaltet kostet es nichts; Schließen dieses Fensters schaltet es aus)</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes.</source>
        <translation>Einen Frame auswählen, um seine Bytes zu sehen.</translation>
    </message>
    <message>
        <source>Act on this connection</source>
        <translation>Auf diese Verbindung einwirken</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Join room</source>
        <translation>Raum &amp;beitreten</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>Type the text to send first.</source>
        <translation>Zuerst den zu sendenden Text eingeben.</translation>
    </message>
    <message>
        <source>The connection is closed; what it showed last stays here.</source>
        <translation>Die Verbindung ist geschlossen; der letzte Stand bleibt hier stehen.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sent to connection %1.</source>
        <translation>An Verbindung %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Joined room “%1” (%n member(s) now).</source>
        <translation>
            <numerusform>Raum „%1“ beigetreten (jetzt %n Mitglied).</numerusform>
            <numerusform>Raum „%1“ beigetreten (jetzt %n Mitglieder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left room “%1”.</source>
        <translation>Raum „%1“ verlassen.</translation>
    </message>
    <message>
        <source>Capturing the last %1 frames.</source>
        <translation>Die letzten %1 Frames werden mitgeschnitten.</translation>
    </message>
    <message>
        <source>Capture off.</source>
        <translation>Mitschnitt aus.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection %1&lt;/b&gt; — %2 on %3 from %4</source>
        <translation>&lt;b&gt;Verbindung %1&lt;/b&gt; — %2 auf %3 von %4</translation>
    </message>
    <message>
        <source>Handshake headers the server received (credentials redacted):</source>
        <translation>Handshake-Header, die der Server empfangen hat (Zugangsdaten gekürzt):</translation>
    </message>
    <message>
        <source>User-Agent:    %1</source>
        <translation>User-Agent:     %1</translation>
    </message>
    <message>
        <source>Origin:        %1</source>
        <translation>Origin:         %1</translation>
    </message>
    <message>
        <source>Subprotocols:  %1</source>
        <translation>Subprotokolle:  %1</translation>
    </message>
    <message>
        <source>Cookies:       %1</source>
        <translation>Cookies:        %1</translation>
    </message>
    <message>
        <source>Auth method:   %1 (credential: %2)</source>
        <translation>Auth-Methode:   %1 (Zugangsdaten: %2)</translation>
    </message>
    <message>
        <source>Identity:      %1, role %2</source>
        <translation>Identität:      %1, Rolle %2</translation>
    </message>
    <message>
        <source>JWT claims:    sub=%1 name=%2 role=%3 exp=%4 (%5)</source>
        <translation>JWT-Claims:     sub=%1 name=%2 role=%3 exp=%4 (%5)</translation>
    </message>
    <message>
        <source>(joined by an admin: %1)</source>
        <translation>(von einem Admin beigetreten: %1)</translation>
    </message>
    <message>
        <source>Rooms:         %1</source>
        <translation>Räume:          %1</translation>
    </message>
    <message>
        <source>Topics:        %1</source>
        <translation>Topics:         %1</translation>
    </message>
    <message>
        <source>Messages:      %1 in, %2 out</source>
        <translation>Nachrichten:    %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Bytes:         %1 in, %2 out</source>
        <translation>Bytes:          %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>RTT:           %1</source>
        <translation>RTT:            %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Unsent bytes:  %1</source>
        <translation>Ungesendet:     %1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsModel</name>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>(not authenticated)</source>
        <translation>(nicht authentifiziert)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>%1 von %2 Nachrichten im aktuellen Fenster verbraucht</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 warten auf den Versand</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote-Adresse</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Nachr. ein</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Nachr. aus</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Auth method: %1</source>
        <translation>Auth-Methode: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation>Remote-Adresse: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Connected since: %1</source>
        <translation>Verbunden seit: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Letzte Aktivität: %1</translation>
    </message>
    <message>
        <source>Messages in/out: %1 / %2</source>
        <translation>Nachrichten ein/aus: %1 / %2</translation>
    </message>
    <message>
        <source>Bytes in/out: %1 / %2</source>
        <translation>Bytes ein/aus: %1 / %2</translation>
    </message>
    <message>
        <source>RTT: %1</source>
        <translation>RTT: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Rate limit: %1/%2</source>
        <translation>Ratenlimit: %1/%2</translation>
    </message>
    <message>
        <source>%1 has used %2 of %3 messages in the current window, over all of the user&apos;s connections (the limit is per user)</source>
        <translation>%1 hat im aktuellen Zeitfenster %2 von %3 Nachrichten verbraucht, über alle Verbindungen des Benutzers (das Limit gilt pro Benutzer)</translation>
    </message>
    <message>
        <source>Not rate limited: the limit counts per user, and this connection has none</source>
        <translation>Keine Ratenbegrenzung: Das Limit zählt pro Benutzer, und diese Verbindung hat keinen</translation>
    </message>
    <message>
        <source>User&apos;s rate</source>
        <extracomment>Column: the rate-limit use of the connection&apos;s user (the limit counts per user, not per connection)</extracomment>
        <translation>Rate (Benutzer)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionsPanel</name>
    <message>
        <source>Filter connections (Ctrl+F)</source>
        <translation>Verbindungen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>Endpunktfilter</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>All rooms/topics</source>
        <translation>Alle Räume/Topics</translation>
    </message>
    <message>
        <source>Room or topic filter</source>
        <translation>Raum- oder Topic-Filter</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>One row per connection. The Rate limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>Eine Zeile pro Verbindung. Die Spalte „Ratenlimit“ zeigt einen Balken: grün unter 80 %, orange ab 80 %, rot am Limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No connections: the server is not listening. Start it with the toolbar&apos;s Start button.</source>
        <translation>Keine Verbindungen: Der Server lauscht nicht. Starten Sie ihn mit „Starten“ in der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connections yet.&lt;/b&gt; Connect a first client to %1: with the client panel (a tab beside Connections), or from a terminal: %2</source>
        <translation>&lt;b&gt;Noch keine Verbindungen.&lt;/b&gt; Verbinden Sie einen ersten Client mit %1: im Client-Bereich (ein Reiter neben „Verbindungen“) oder im Terminal: %2</translation>
    </message>
    <message>
        <source>Open the client panel (Alt+8)</source>
        <translation>Client-Bereich öffnen (Alt+8)</translation>
    </message>
    <message>
        <source>Getting started (F1)</source>
        <translation>Erste Schritte (F1)</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Room/topic</source>
        <translation>Raum/Topic</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Close-Code</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>×%1 in %2; last: %3</source>
        <extracomment>Event log: %1 rate-limit rejections of one user within %2 (a duration), %3 the last one&apos;s detail</extracomment>
        <translation>×%1 in %2; zuletzt: %3</translation>
    </message>
    <message>
        <source>SocketScope window</source>
        <extracomment>Event log, User column of an admin action taken in this window (not over /ws/admin)</extracomment>
        <translation>SocketScope-Fenster</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogPanel</name>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop adding new events to the view; they are kept and shown on resume</source>
        <translation>Keine neuen Ereignisse mehr in die Ansicht aufnehmen; sie bleiben erhalten und erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON Lines…</source>
        <translation>Als &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Export event log as CSV</source>
        <translation>Ereignisprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export event log as JSON Lines</source>
        <translation>Ereignisprotokoll als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new event(s) waiting</source>
        <translation>
            <numerusform>angehalten, %n neues Ereignis wartet</numerusform>
            <numerusform>angehalten, %n neue Ereignisse warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped by the server under load</source>
        <translation>
            <numerusform>%n Ereignis vom Server unter Last verworfen</numerusform>
            <numerusform>%n Ereignisse vom Server unter Last verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group repeated rate-limit rejections</source>
        <translation>Wiederholte Ratenlimit-Ablehnungen &amp;gruppieren</translation>
    </message>
    <message>
        <source>One row per user and %1 with the number of rejections, instead of one row each</source>
        <translation>Eine Zeile pro Benutzer und %1 mit der Anzahl der Ablehnungen statt je einer Zeile</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kinds (%n hidden)</source>
        <translation>
            <numerusform>&amp;Arten (%n ausgeblendet)</numerusform>
            <numerusform>&amp;Arten (%n ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the kinds of event to show</source>
        <translation>Anzuzeigende Ereignisarten wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of event hidden; “Show all” shows them again</source>
        <translation>
            <numerusform>%n Ereignisart ausgeblendet; „Alle zeigen“ zeigt sie wieder</numerusform>
            <numerusform>%n Ereignisarten ausgeblendet; „Alle zeigen“ zeigt sie wieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::IssueTokenDialog</name>
    <message>
        <source>Issue API token</source>
        <translation>API-Token ausstellen</translation>
    </message>
    <message>
        <source>Issue a new API token for %1. It is shown once, right after this step.</source>
        <translation>Ein neues API-Token für %1 ausstellen. Es wird einmal angezeigt, direkt nach diesem Schritt.</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>A duration such as 12h, 30d or 365d, or “never expires”</source>
        <translation>Eine Dauer wie 12h, 30d oder 365d oder „läuft nie ab“</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Enter a lifetime from 1s to 36500d, such as 12h or 30d.</source>
        <translation>Bitte eine Gültigkeit von 1s bis 36500d eingeben, etwa 12h oder 30d.</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDecodeDialog</name>
    <message>
        <source>Decode a JWT</source>
        <translation>JWT dekodieren</translation>
    </message>
    <message>
        <source>A JWT is not encrypted: anyone holding it can read its header and claims. Only the signature needs the server&apos;s secret, so it is not checked here.</source>
        <translation>Ein JWT ist nicht verschlüsselt: wer ihn hat, kann Header und Claims lesen. Nur die Signatur braucht das Geheimnis des Servers, daher wird sie hier nicht geprüft.</translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation>Kein JWT: %1</translation>
    </message>
    <message>
        <source>Header (algorithm %1):</source>
        <translation>Header (Algorithmus %1):</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <source>SocketScope accepts HS256 only: this token is refused with 1008 “Invalid token”.</source>
        <translation>SocketScope akzeptiert nur HS256: dieses Token wird mit 1008 „Invalid token“ abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SocketScope::JwtDialog</name>
    <message>
        <source>Make a JWT</source>
        <translation>JWT erstellen</translation>
    </message>
    <message>
        <source>The server signs an HS256 JWT with its own secret. Claims: sub (user id), name, role, exp. The role claim is what the server grants.</source>
        <translation>Der Server signiert ein HS256-JWT mit seinem eigenen Secret. Claims: sub (Benutzer-ID), name, role, exp. Der role-Claim bestimmt, was der Server gewährt.</translation>
    </message>
    <message>
        <source>%1 (id %2, %3)</source>
        <translation>%1 (ID %2, %3)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
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
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Already &amp;expired (to see &quot;Token expired&quot;)</source>
        <translation>Bereits abg&amp;elaufen (um „Token expired“ zu sehen)</translation>
    </message>
    <message>
        <source>Make &amp;JWT</source>
        <translation>&amp;JWT erstellen</translation>
    </message>
</context>
<context>
    <name>SocketScope::KickDialog</name>
    <message>
        <source>Kick</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>Close %1 with this close frame:</source>
        <translation>%1 mit diesem Close-Frame schließen:</translation>
    </message>
    <message>
        <source>Close &amp;code:</source>
        <translation>Close-&amp;Code:</translation>
    </message>
    <message>
        <source>at most 123 bytes</source>
        <translation>höchstens 123 Byte</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Code %1 is reserved and cannot be sent in a close frame.</source>
        <translation>Code %1 ist reserviert und kann nicht in einem Close-Frame gesendet werden.</translation>
    </message>
    <message>
        <source>The reason is longer than 123 bytes of UTF-8.</source>
        <translation>Der Grund ist länger als 123 Byte UTF-8.</translation>
    </message>
    <message>
        <source>Sent to the client in the close frame, as typed (not translated)</source>
        <translation>Wird im Close-Frame so wie eingegeben an den Client gesendet (nicht übersetzt)</translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonRunner</name>
    <message>
        <source>1. The opening handshake</source>
        <translation>1. Der Opening Handshake</translation>
    </message>
    <message>
        <source>2. Echo: masking and fragmentation</source>
        <translation>2. Echo: Maskierung und Fragmentierung</translation>
    </message>
    <message>
        <source>3. A bad token: 101, then 1008</source>
        <translation>3. Ein falsches Token: 101, dann 1008</translation>
    </message>
    <message>
        <source>4. The rate limit</source>
        <translation>4. Das Ratenlimit</translation>
    </message>
    <message>
        <source>5. Ping, pong and the close handshake</source>
        <translation>5. Ping, Pong und der Close-Handshake</translation>
    </message>
    <message>
        <source>Look at the request: an ordinary HTTP GET with “Upgrade: websocket”, “Connection: Upgrade” and a random Sec-WebSocket-Key. The server answers 101 Switching Protocols; from then on the TCP connection carries frames, not HTTP.</source>
        <translation>Sieh dir die Anfrage an: ein gewöhnliches HTTP-GET mit „Upgrade: websocket“, „Connection: Upgrade“ und einem zufälligen Sec-WebSocket-Key. Der Server antwortet mit 101 Switching Protocols; ab dann trägt die TCP-Verbindung Frames statt HTTP.</translation>
    </message>
    <message>
        <source>Now the lines under the response: Sec-WebSocket-Accept is base64(SHA-1(key + a fixed GUID)). The client checks it (✓) to know the server really read its request.</source>
        <translation>Jetzt die Zeilen unter der Antwort: Sec-WebSocket-Accept ist base64(SHA-1(Schlüssel + eine feste GUID)). Der Client prüft ihn (✓) und weiß so, dass der Server seine Anfrage wirklich gelesen hat.</translation>
    </message>
    <message>
        <source>One text frame each way. The client&apos;s frame has MASK=1 and a fresh 4-byte key; the server&apos;s is never masked. Select a frame to see its bits.</source>
        <translation>Je ein Text-Frame in jede Richtung. Der Frame des Clients hat MASK=1 und einen neuen 4-Byte-Schlüssel; der des Servers ist nie maskiert. Einen Frame auswählen, um seine Bits zu sehen.</translation>
    </message>
    <message>
        <source>The same kind of message in three frames: text with FIN=0, cont with FIN=0, cont with FIN=1. The server reassembles them and answers with one frame: fragmentation is invisible to the application.</source>
        <translation>Dieselbe Art Nachricht in drei Frames: text mit FIN=0, cont mit FIN=0, cont mit FIN=1. Der Server setzt sie zusammen und antwortet mit einem Frame: die Anwendung merkt von der Fragmentierung nichts.</translation>
    </message>
    <message>
        <source>The handshake succeeded (101) although the token is wrong: the server checks it after the upgrade and closes with 1008 and a reason. Its first two payload bytes (03 f0) are the code 1008; the client answers with a Close of its own.</source>
        <translation>Der Handshake gelang (101), obwohl das Token falsch ist: der Server prüft es nach dem Upgrade und schließt mit 1008 und einem Grund. Die ersten zwei Nutzlastbytes (03 f0) sind der Code 1008; der Client antwortet mit einem eigenen Close.</translation>
    </message>
    <message>
        <source>A ping is a control frame (opcode 0x9, at most 125 bytes, never fragmented); the peer answers with a pong carrying the same payload. Servers use them as a heartbeat.</source>
        <translation>Ein Ping ist ein Kontroll-Frame (Opcode 0x9, höchstens 125 Bytes, nie fragmentiert); die Gegenseite antwortet mit einem Pong mit derselben Nutzlast. Server nutzen das als Herzschlag.</translation>
    </message>
    <message>
        <source>The close handshake: our Close carries code 4000 and a reason; the server answers with a Close of the same code, then closes TCP. Both sides sent a Close: a clean close.</source>
        <translation>Der Close-Handshake: unser Close trägt Code 4000 und einen Grund; der Server antwortet mit einem Close mit demselben Code und schließt dann TCP. Beide Seiten haben ein Close gesendet: ein sauberes Schließen.</translation>
    </message>
    <message>
        <source>Lesson: %1 — connecting…</source>
        <translation>Lektion: %1 — verbinde…</translation>
    </message>
    <message>
        <source>Eleven messages at once: the user&apos;s budget is 10 per minute (a sliding window), so at least the last is answered with {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…} instead of “User 123: …”. The connection stays open: the limit drops messages, it does not close.</source>
        <translation>Elf Nachrichten auf einmal: das Budget des Benutzers ist 10 pro Minute (gleitendes Fenster), also wird mindestens die letzte mit {&quot;error&quot;:&quot;Rate limit exceeded…&quot;,&quot;retry_after_ms&quot;:…} statt „User 123: …“ beantwortet. Die Verbindung bleibt offen: das Limit verwirft Nachrichten, es schließt nicht.</translation>
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
        <translation>GUI-Verzögerung p99: %1 ms</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a %1 ms timer, over the last %2 s: median %3 ms, 99th percentile %4 ms, worst %5 ms (%6 samples).</source>
        <translation>Wie spät die Ereignisschleife des Fensters einen %1-ms-Timer ausführt, über die letzten %2 s: Median %3 ms, 99. Perzentil %4 ms, schlechtester Wert %5 ms (%6 Messwerte).</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lateness of a %1 ms timer in the window&apos;s event loop. Values near zero mean the window reacts at once; the server runs on its own thread either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verspätung eines %1-ms-Timers in der Ereignisschleife des Fensters. Werte nahe null bedeuten, dass das Fenster sofort reagiert; der Server läuft ohnehin in seinem eigenen Thread.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last %1 s — median</source>
        <translation>Letzte %1 s — Median</translation>
    </message>
    <message>
        <source>Last %1 s — 99th percentile</source>
        <translation>Letzte %1 s — 99. Perzentil</translation>
    </message>
    <message>
        <source>Last %1 s — worst</source>
        <translation>Letzte %1 s — schlechtester Wert</translation>
    </message>
    <message>
        <source>Since start — median</source>
        <translation>Seit dem Start — Median</translation>
    </message>
    <message>
        <source>Since start — 99th percentile</source>
        <translation>Seit dem Start — 99. Perzentil</translation>
    </message>
    <message>
        <source>Since start — worst</source>
        <translation>Seit dem Start — schlechtester Wert</translation>
    </message>
    <message>
        <source>Samples since start</source>
        <translation>Messwerte seit dem Start</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>Angezeigte Verbindungen</translation>
    </message>
    <message>
        <source>Events dropped by the server</source>
        <translation>Vom Server verworfene Ereignisse</translation>
    </message>
    <message>
        <source>&lt;p&gt;Set SOCKETSCOPE_LAG_REPORT=1 to print these figures to stderr when SocketScope quits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit SOCKETSCOPE_LAG_REPORT=1 gibt SocketScope diese Werte beim Beenden auf stderr aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>Adresse, auf der gelauscht wird: 127.0.0.1 nur für diesen Rechner, 0.0.0.0 für alle Schnittstellen</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start (or restart) the server with this address and port (Ctrl+R)</source>
        <translation>Den Server mit dieser Adresse und diesem Port starten (oder neu starten) (Strg+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Stop the server; every connection is closed with 1001 Going away</source>
        <translation>Den Server stoppen; jede Verbindung wird mit 1001 Going away geschlossen</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Use &amp;another port</source>
        <translation>&amp;Anderen Port verwenden</translation>
    </message>
    <message>
        <source>Start on the next free port</source>
        <translation>Auf dem nächsten freien Port starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Rundsenden…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Send a text to everyone, a room, an endpoint or a user (Ctrl+B)</source>
        <translation>Einen Text an alle, einen Raum, einen Endpunkt oder einen Benutzer senden (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Publish a JSON object to a topic (Ctrl+P)</source>
        <translation>Ein JSON-Objekt in einem Topic veröffentlichen (Strg+P)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>Mitglieder des gewählten Raums</translation>
    </message>
    <message>
        <source>&amp;Broadcast to room…</source>
        <translation>An den Raum &amp;rundsenden…</translation>
    </message>
    <message>
        <source>&amp;Close room…</source>
        <translation>Raum &amp;schließen…</translation>
    </message>
    <message>
        <source>&amp;Show its connections</source>
        <translation>&amp;Zugehörige Verbindungen zeigen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Subscribers of the selected topic</source>
        <translation>Abonnenten des gewählten Topics</translation>
    </message>
    <message>
        <source>&amp;Publish JSON…</source>
        <translation>JSON &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export event log as &amp;CSV…</source>
        <translation>Ereignisprotokoll als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export event log as &amp;JSON Lines…</source>
        <translation>Ereignisprotokoll als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;audit log…</source>
        <translation>&amp;Audit-Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Users and tokens</source>
        <translation>&amp;Benutzer und Tokens</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the Users view: users, API tokens and bans in the server&apos;s database</source>
        <translation>Die Ansicht „Benutzer“ zeigen: Benutzer, API-Tokens und Sperren in der Datenbank des Servers</translation>
    </message>
    <message>
        <source>&amp;Kick all connections of a user…</source>
        <translation>Alle Verbindungen eines Ben&amp;utzers trennen…</translation>
    </message>
    <message>
        <source>Kick user</source>
        <translation>Benutzer trennen</translation>
    </message>
    <message>
        <source>Select a connection of the user in the Connections view first.</source>
        <translation>Bitte zuerst in der Ansicht „Verbindungen“ eine Verbindung des Benutzers auswählen.</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Find connection</source>
        <translation>Verbindung such&amp;en</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <source>&amp;About SocketScope</source>
        <translation>Über Socket&amp;Scope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server starts.</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Serverstart.</translation>
    </message>
    <message>
        <source>Restart the server?</source>
        <translation>Server neu starten?</translation>
    </message>
    <message>
        <source>The new server settings apply when the server restarts. Restart it now? Open connections are closed with 1001 (Going away).</source>
        <translation>Die neuen Servereinstellungen gelten nach einem Neustart des Servers. Jetzt neu starten? Offene Verbindungen werden mit 1001 (Going away) geschlossen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SocketScope shows the new language when it starts again. Restart now? The server stops and open connections are closed with 1001 (Going away).</source>
        <translation>SocketScope zeigt die neue Sprache beim nächsten Start. Jetzt neu starten? Der Server wird gestoppt, und offene Verbindungen werden mit 1001 (Going away) geschlossen.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>“%1” is not an IP address, localhost, any or any6</source>
        <translation>„%1“ ist keine IP-Adresse, localhost, any oder any6</translation>
    </message>
    <message>
        <source>Starting wss:// on %1:%2…</source>
        <translation>Starte wss:// auf %1:%2…</translation>
    </message>
    <message>
        <source>Starting on %1:%2…</source>
        <translation>Starte auf %1:%2…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>SocketScope — %1</source>
        <translation>SocketScope — %1</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Not started, TLS: %1</source>
        <translation>Nicht gestartet, TLS: %1</translation>
    </message>
    <message>
        <source>The server could not start</source>
        <translation>Der Server konnte nicht starten</translation>
    </message>
    <message>
        <source>TLS: on…</source>
        <translation>TLS: an…</translation>
    </message>
    <message>
        <source>TLS: off…</source>
        <translation>TLS: aus…</translation>
    </message>
    <message>
        <source>The server port serves wss:// with %1 and %2. Click to change.</source>
        <translation>Der Server-Port bedient wss:// mit %1 und %2. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>The server serves plain ws://. Click to set up wss:// (TLS).</source>
        <translation>Der Server bedient einfaches ws://. Klicken, um wss:// (TLS) einzurichten.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl);;All files (*)</source>
        <translation>JSON-Lines-Dateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>Das Audit-Protokoll wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>the server is gone</source>
        <translation>Der Server ist nicht mehr da</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n Audit-Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Audit-Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>In: %1 msg/s</source>
        <translation>Ein: %1 Nachr./s</translation>
    </message>
    <message>
        <source>Out: %1 msg/s</source>
        <translation>Aus: %1 Nachr./s</translation>
    </message>
    <message>
        <source>Uptime: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n connection(s) affected.</source>
        <translation>
            <numerusform>%1: erledigt, %n Verbindung betroffen.</numerusform>
            <numerusform>%1: erledigt, %n Verbindungen betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin action failed</source>
        <translation>Admin-Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1…</source>
        <translation>Verbindung %1 &amp;trennen…</translation>
    </message>
    <message>
        <source>Kick &amp;all of this user…</source>
        <translation>&amp;Alle Verbindungen dieses Benutzers trennen…</translation>
    </message>
    <message>
        <source>&amp;Send message to this user…</source>
        <translation>&amp;Nachricht an diesen Benutzer senden…</translation>
    </message>
    <message>
        <source>&amp;Ban user…</source>
        <translation>Benutzer &amp;sperren…</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Show only “%1”</source>
        <translation>Nur „%1“ zeigen</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Kick connection %1</source>
        <translation>Verbindung %1 trennen</translation>
    </message>
    <message numerus="yes">
        <source>all %n connection(s) of %1</source>
        <translation>
            <numerusform>die %n Verbindung von %1</numerusform>
            <numerusform>alle %n Verbindungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Ban %1 for %2</source>
        <translation>%1 für %2 sperren</translation>
    </message>
    <message numerus="yes">
        <source>Copied details of %n connection(s).</source>
        <translation>
            <numerusform>Details von %n Verbindung kopiert.</numerusform>
            <numerusform>Details von %n Verbindungen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast to room %1</source>
        <translation>An Raum %1 rundsenden</translation>
    </message>
    <message>
        <source>Broadcast to %1</source>
        <translation>An %1 rundsenden</translation>
    </message>
    <message>
        <source>Broadcast to everyone</source>
        <translation>An alle rundsenden</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>In %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Raum schließen</translation>
    </message>
    <message numerus="yes">
        <source>Close room “%1”? Its %n connection(s) will be closed.</source>
        <translation>
            <numerusform>Raum „%1“ schließen? Seine %n Verbindung wird geschlossen.</numerusform>
            <numerusform>Raum „%1“ schließen? Seine %n Verbindungen werden geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close room %1</source>
        <translation>Raum %1 schließen</translation>
    </message>
    <message>
        <source>Rate limit %1 per %2</source>
        <translation>Ratenlimit %1 pro %2</translation>
    </message>
    <message>
        <source>T&amp;LS…</source>
        <translation>T&amp;LS…</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 0 to 65535.</source>
        <translation>%1 ist kein Port: Ports reichen von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Show and raise the %1 view</source>
        <translation>Ansicht „%1“ zeigen und nach vorn holen</translation>
    </message>
    <message>
        <source>Port %1 on %2 is not free (%3); the server keeps running on %4.</source>
        <translation>Port %1 auf %2 ist nicht frei (%3); der Server läuft weiter auf %4.</translation>
    </message>
    <message>
        <source>Port in use</source>
        <translation>Port belegt</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2 (%3).</source>
        <translation>Verbindung %1 wurde bereits um %2 geschlossen (%3).</translation>
    </message>
    <message>
        <source>Connection %1 already closed at %2.</source>
        <translation>Verbindung %1 wurde bereits um %2 geschlossen.</translation>
    </message>
    <message>
        <source>A&amp;ttach to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Watch and administer a running SocketScope server (e.g. one started with --headless) through its /ws/admin endpoint</source>
        <translation>Einen laufenden SocketScope-Server (z. B. mit --headless gestartet) über seinen Endpunkt /ws/admin beobachten und verwalten</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>Vom Server &amp;lösen</translation>
    </message>
    <message>
        <source>Show the embedded server again</source>
        <translation>Wieder den eingebetteten Server zeigen</translation>
    </message>
    <message>
        <source>The token is kept in the desktop keyring.</source>
        <translation>Das Token wird im Schlüsselbund des Desktops aufbewahrt.</translation>
    </message>
    <message>
        <source>The token was not saved in the keyring: %1</source>
        <translation>Das Token wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Acts on the embedded server; File → Detach shows it again</source>
        <translation>Wirkt auf den eingebetteten Server; Datei → Vom Server lösen zeigt ihn wieder</translation>
    </message>
    <message>
        <source>Users and tokens live in the attached server&apos;s database: manage them on that machine (socketscope user …, socketscope token …).</source>
        <translation>Benutzer und Tokens liegen in der Datenbank des verbundenen Servers: Verwalten Sie sie auf jenem Rechner (socketscope user …, socketscope token …).</translation>
    </message>
    <message>
        <source>Attaching to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Attaching to %1… (last try: %2)</source>
        <translation>Verbinde mit %1… (letzter Versuch: %2)</translation>
    </message>
    <message>
        <source>Attached to %1 — user %2</source>
        <translation>Verbunden mit %1 — Benutzer %2</translation>
    </message>
    <message numerus="yes">
        <source>Link to %1 lost, retrying in %n s</source>
        <translation>
            <numerusform>Verbindung zu %1 verloren, neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung zu %1 verloren, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached to %1: its certificate is not trusted</source>
        <translation>Nicht mit %1 verbunden: Seinem Zertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>Not attached to %1: the server closed the link (%2)</source>
        <translation>Nicht mit %1 verbunden: Der Server hat die Verbindung geschlossen (%2)</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Letzter Fehler: %2</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its fingerprint is the one of the server&apos;s own certificate.</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden. Vertrauen Sie ihm nur, wenn sein Fingerabdruck der des eigenen Zertifikats des Servers ist.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256: %5

Problems: %6</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig von %3 bis %4
SHA-256: %5

Probleme: %6</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Link lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Attaching: %1</source>
        <translation>Verbinde: %1</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1…</source>
        <translation>Verbindung %1 &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>PostgreSQL: up</source>
        <translation>PostgreSQL: erreichbar</translation>
    </message>
    <message>
        <source>PostgreSQL: down</source>
        <translation>PostgreSQL: nicht erreichbar</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>Die Datenbank antwortet.</translation>
    </message>
    <message>
        <source>The database does not answer: logins fail and audit rows wait until it returns.</source>
        <translation>Die Datenbank antwortet nicht: Anmeldungen schlagen fehl, und Audit-Zeilen warten, bis sie wieder da ist.</translation>
    </message>
    <message>
        <source>&amp;Inspect connection %1 on node %2…</source>
        <translation>Verbindung %1 auf Knoten %2 &amp;untersuchen…</translation>
    </message>
    <message>
        <source>The inspector reads the connection on its own node: attach to node %1 to inspect it.</source>
        <translation>Der Inspektor liest die Verbindung auf ihrem eigenen Knoten: Verbinden Sie das Fenster mit Knoten %1, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>&amp;Kick connection %1 on node %2…</source>
        <translation>Verbindung %1 auf Knoten %2 &amp;trennen…</translation>
    </message>
    <message>
        <source>connection %1 on node %2</source>
        <translation>Verbindung %1 auf Knoten %2</translation>
    </message>
    <message>
        <source>Connection %1 is on node %2: attach to that node to inspect it.</source>
        <translation>Verbindung %1 liegt auf Knoten %2: Verbinden Sie das Fenster mit diesem Knoten, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>connection %1 on node %2 (%3)</source>
        <translation>Verbindung %1 auf Knoten %2 (%3)</translation>
    </message>
    <message>
        <source>Kick connection %1 on node %2</source>
        <translation>Verbindung %1 auf Knoten %2 trennen</translation>
    </message>
    <message>
        <source>Connections: %1 here, %2 in the cluster</source>
        <translation>Verbindungen: %1 hier, %2 im Cluster</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote-Adresse</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Nachr. ein</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Nachr. aus</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>SocketScope::MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>SocketScope::NewTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>It never expires.</source>
        <translation>Es läuft nie ab.</translation>
    </message>
    <message>
        <source>Token %1 for %2. %3</source>
        <translation>Token %1 für %2. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now. It will not be shown again:&lt;/b&gt; SocketScope stores only a hash of it. If it is lost, revoke it and issue a new one.</source>
        <translation>&lt;b&gt;Jetzt kopieren. Es wird nicht noch einmal angezeigt:&lt;/b&gt; SocketScope speichert nur einen Hash davon. Geht es verloren, widerrufen Sie es und stellen ein neues aus.</translation>
    </message>
    <message>
        <source>Use it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;, &lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt; or in a first message &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt;.</source>
        <translation>Verwendung als &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;, &lt;code&gt;?token=&amp;lt;token&amp;gt;&lt;/code&gt; oder in einer ersten Nachricht &lt;code&gt;{&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:&quot;&amp;lt;token&amp;gt;&quot;}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (dieser Knoten)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>down</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>This node cannot reach Redis: it serves its own clients only, with a local rate budget, and rejoins by itself when Redis is back.</source>
        <translation>Dieser Knoten erreicht Redis nicht: Er bedient nur seine eigenen Clients, mit lokalem Ratenbudget, und tritt dem Cluster von selbst wieder bei, sobald Redis zurück ist.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>Redis link</source>
        <translation>Redis-Verbindung</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>name in use</source>
        <translation>Name belegt</translation>
    </message>
    <message>
        <source>Another running node has the name %1: this one stays out of the cluster, serves its own clients, and joins when the name is free.</source>
        <translation>Ein anderer laufender Knoten trägt den Namen %1: Dieser bleibt außerhalb des Clusters, bedient seine eigenen Clients und tritt bei, sobald der Name frei ist.</translation>
    </message>
</context>
<context>
    <name>SocketScope::NodesPanel</name>
    <message>
        <source>Cluster nodes</source>
        <translation>Cluster-Knoten</translation>
    </message>
    <message>
        <source>Not in a cluster: start the server with --redis redis://HOST:PORT to join one.</source>
        <translation>Kein Cluster: Starten Sie den Server mit --redis redis://HOST:PORT, um einem beizutreten.</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: link up, %n node(s) in the cluster.</source>
        <translation>
            <numerusform>Redis %1: Verbindung steht, %n Knoten im Cluster.</numerusform>
            <numerusform>Redis %1: Verbindung steht, %n Knoten im Cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis %1: link DOWN. This node serves its own clients only and reconnects by itself.</source>
        <translation>Redis %1: Verbindung GETRENNT. Dieser Knoten bedient nur seine eigenen Clients und verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>Redis %1: another running node already has the name %2. This node stays out of the cluster, serves its own clients, and joins when the name is free (or restart it with another --node-name).</source>
        <translation>Redis %1: Ein anderer laufender Knoten trägt bereits den Namen %2. Dieser Knoten bleibt außerhalb des Clusters, bedient seine eigenen Clients und tritt bei, sobald der Name frei ist (oder starten Sie ihn mit einem anderen --node-name neu).</translation>
    </message>
</context>
<context>
    <name>SocketScope::PublishDialog</name>
    <message>
        <source>Publish JSON</source>
        <translation>JSON veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Data (JSON object):</source>
        <translation>&amp;Daten (JSON-Objekt):</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Bitte ein Topic wählen oder eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object. Reaches %n subscriber(s) of “%1” right now.</source>
        <translation>
            <numerusform>Gültiges JSON-Objekt. Erreicht derzeit %n Abonnenten von „%1“.</numerusform>
            <numerusform>Gültiges JSON-Objekt. Erreicht derzeit %n Abonnenten von „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid JSON object. Nobody subscribes to “%1” right now: it reaches no one and is not kept.</source>
        <translation>Gültiges JSON-Objekt. Derzeit abonniert niemand „%1“: Es erreicht niemanden und wird nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsModel</name>
    <message>
        <source>%1 of %2 messages used in the current window</source>
        <translation>%1 von %2 Nachrichten im aktuellen Fenster verbraucht</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Used/limit</source>
        <translation>Verbraucht/Limit</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Column: the time window of the rate limit (e.g. &quot;1 min&quot;), not a GUI window</extracomment>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Resets in</source>
        <translation>Zurückgesetzt in</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Letzte Ablehnung</translation>
    </message>
</context>
<context>
    <name>SocketScope::RateLimitsPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>per</source>
        <translation>pro</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rate limits per user</source>
        <translation>Ratenlimits pro Benutzer</translation>
    </message>
    <message>
        <source>The Used/limit column shows a bar: green below 80 %, orange from 80 %, red at the limit.</source>
        <translation>Die Spalte „Verbraucht/Limit“ zeigt einen Balken: grün unter 80 %, orange ab 80 %, rot am Limit.</translation>
    </message>
    <message>
        <source>Server: %1 per %2</source>
        <translation>Server: %1 pro %2</translation>
    </message>
</context>
<context>
    <name>SocketScope::RequestOptionsDialog</name>
    <message>
        <source>Headers, query and subprotocols</source>
        <translation>Header, Query und Subprotokolle</translation>
    </message>
    <message>
        <source>Added to the opening handshake of the next connection. Browsers cannot set headers on a WebSocket; other clients can.</source>
        <translation>Wird dem Opening Handshake der nächsten Verbindung hinzugefügt. Browser können bei WebSockets keine Header setzen, andere Clients schon.</translation>
    </message>
    <message>
        <source>&amp;Headers (Name: value):</source>
        <translation>&amp;Header (Name: Wert):</translation>
    </message>
    <message>
        <source>&amp;Query parameters (key=value):</source>
        <translation>&amp;Query-Parameter (Schlüssel=Wert):</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotokolle:</translation>
    </message>
</context>
<context>
    <name>SocketScope::RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>SocketScope::SendToUserDialog</name>
    <message>
        <source>Send message to user</source>
        <translation>Nachricht an Benutzer senden</translation>
    </message>
    <message numerus="yes">
        <source>Text to %1 (%n open connection(s)):</source>
        <translation>
            <numerusform>Text an %1 (%n offene Verbindung):</numerusform>
            <numerusform>Text an %1 (%n offene Verbindungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>SocketScope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limits</translation>
    </message>
    <message>
        <source>Server settings take effect when the server (re)starts. Options given on the command line override them for that run.</source>
        <translation>Servereinstellungen gelten, sobald der Server (neu) startet. Optionen auf der Befehlszeile haben für diesen Lauf Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>An IP address, localhost, any (every IPv4 interface, 0.0.0.0) or any6 (every IPv6 interface, ::). 127.0.0.1 accepts connections from this computer only.</source>
        <translation>Eine IP-Adresse, localhost, any (alle IPv4-Schnittstellen, 0.0.0.0) oder any6 (alle IPv6-Schnittstellen, ::). 127.0.0.1 nimmt nur Verbindungen von diesem Rechner an.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system choose a free port.</source>
        <translation>0 bis 65535; bei 0 wählt das System einen freien Port.</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>kept in the database</source>
        <translation>in der Datenbank gespeichert</translation>
    </message>
    <message>
        <source>&amp;JWT secret:</source>
        <translation>&amp;JWT-Secret:</translation>
    </message>
    <message>
        <source>Signs and checks HS256 JWTs; at least 16 characters. Empty: a secret generated once and kept in the database. A secret entered here is stored in the settings file as plain text.</source>
        <translation>Signiert und prüft HS256-JWTs; mindestens 16 Zeichen. Leer: ein einmal erzeugtes Secret, das in der Datenbank liegt. Ein hier eingegebenes Secret wird im Klartext in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>alice (admin), bob and john_doe with the tokens secret-token and valid-token and the sessions abc123 and xyz789.</source>
        <translation>alice (Admin), bob und john_doe mit den Tokens secret-token und valid-token und den Sitzungen abc123 und xyz789.</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>wss:// with a certificate and key (PEM) on the server port, optionally plain ws:// on a second port.</source>
        <translation>wss:// mit Zertifikat und Schlüssel (PEM) auf dem Server-Port, optional einfaches ws:// auf einem zweiten Port.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Messages each user may send per window, 1 to 1,000,000. A message over the limit is answered with an error and counted as a rejection.</source>
        <translation>Nachrichten, die jeder Benutzer pro Fenster senden darf, 1 bis 1.000.000. Eine Nachricht über dem Limit wird mit einem Fehler beantwortet und als Ablehnung gezählt.</translation>
    </message>
    <message>
        <source>Rate &amp;window:</source>
        <translation>Raten&amp;fenster:</translation>
    </message>
    <message>
        <source>The sliding window of the rate limit, from 100ms to 1d (units ms, s, m, h, d: 500ms, 10s, 1m).</source>
        <translation>Das gleitende Fenster des Ratenlimits, von 100ms bis 1d (Einheiten ms, s, m, h, d: 500ms, 10s, 1m).</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Größte &amp;Nachricht:</translation>
    </message>
    <message>
        <source>From 125B to 256MiB (units B, KiB, MiB: 64KiB). A larger message closes the connection with 1009.</source>
        <translation>Von 125B bis 256MiB (Einheiten B, KiB, MiB: 64KiB). Eine größere Nachricht schließt die Verbindung mit 1009.</translation>
    </message>
    <message>
        <source>&amp;Connections in total:</source>
        <translation>Verbindungen insgesa&amp;mt:</translation>
    </message>
    <message>
        <source>1 to 1,000,000. Further connections are refused with 1013 (Try again later).</source>
        <translation>1 bis 1.000.000. Weitere Verbindungen werden mit 1013 (Try again later) abgelehnt.</translation>
    </message>
    <message>
        <source>Connections per &amp;address:</source>
        <translation>Verbindungen pro &amp;Adresse:</translation>
    </message>
    <message>
        <source>Connections from one remote address, 1 to 1,000,000; further ones are refused with 1013.</source>
        <translation>Verbindungen von einer Remote-Adresse, 1 bis 1.000.000; weitere werden mit 1013 abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Slow consumer limit:</source>
        <translation>Grenze für lang&amp;same Leser:</translation>
    </message>
    <message>
        <source>Unsent data a connection may pile up, from 64KiB to 1GiB. A client that reads more slowly is closed with 1008.</source>
        <translation>Ungesendete Daten, die sich bei einer Verbindung stauen dürfen, von 64KiB bis 1GiB. Ein Client, der langsamer liest, wird mit 1008 geschlossen.</translation>
    </message>
    <message>
        <source>any origin</source>
        <translation>beliebiger Origin</translation>
    </message>
    <message>
        <source>Comma-separated origins such as https://example.com:8443 that may connect with a session cookie. Empty: any origin.</source>
        <translation>Kommagetrennte Origins wie https://example.com:8443, die sich mit einem Sitzungs-Cookie verbinden dürfen. Leer: jeder Origin.</translation>
    </message>
    <message>
        <source>&amp;Handshake timeout:</source>
        <translation>&amp;Handshake-Zeitlimit:</translation>
    </message>
    <message>
        <source>From the accepted TCP connection to the WebSocket upgrade, 100ms to 10m.</source>
        <translation>Von der angenommenen TCP-Verbindung bis zum WebSocket-Upgrade, 100ms bis 10m.</translation>
    </message>
    <message>
        <source>&amp;Auth timeout:</source>
        <translation>&amp;Auth-Zeitlimit:</translation>
    </message>
    <message>
        <source>How long a client without a credential in the handshake has to send {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…}, 100ms to 10m. Then it is closed with 1008.</source>
        <translation>Wie lange ein Client ohne Berechtigungsnachweis im Handshake Zeit hat, {&quot;type&quot;:&quot;auth&quot;,&quot;token&quot;:…} zu senden, 100ms bis 10m. Danach wird er mit 1008 geschlossen.</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval:</source>
        <translation>H&amp;eartbeat-Intervall:</translation>
    </message>
    <message>
        <source>Protocol pings, 1s to 1h, or 0 for none. Two missed pongs close the connection with 1001.</source>
        <translation>Protokoll-Pings, 1s bis 1h, oder 0 für keine. Zwei verpasste Pongs schließen die Verbindung mit 1001.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Window updates:</source>
        <translation>&amp;Fensteraktualisierung:</translation>
    </message>
    <message>
        <source>Snapshots from the server to this window, 1 to 60 per second. More is smoother and costs more CPU.</source>
        <translation>Snapshots vom Server an dieses Fenster, 1 bis 60 pro Sekunde. Mehr ist flüssiger und kostet mehr CPU.</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep rows for:</source>
        <translation>Zeilen &amp;behalten für:</translation>
    </message>
    <message>
        <source>0 to 36,500 days; 0 keeps them forever.</source>
        <translation>0 bis 36.500 Tage; 0 behält sie für immer.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>Höchstens &amp;Zeilen:</translation>
    </message>
    <message>
        <source>0 to 1,000,000,000; 0 means no limit.</source>
        <translation>0 bis 1.000.000.000; 0 bedeutet keine Grenze.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Takes effect when SocketScope starts again.</source>
        <translation>Gilt ab dem nächsten Start von SocketScope.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark preference; Light and Dark override it.</source>
        <translation>„System“ folgt der Hell-/Dunkel-Einstellung des Desktops; „Hell“ und „Dunkel“ setzen sich darüber hinweg.</translation>
    </message>
    <message>
        <source>Off: plain ws://</source>
        <translation>Aus: einfaches ws://</translation>
    </message>
    <message>
        <source>On: wss:// with %1, plain ws:// on port %2</source>
        <translation>An: wss:// mit %1, einfaches ws:// auf Port %2</translation>
    </message>
    <message>
        <source>On: wss:// with %1</source>
        <translation>An: wss:// mit %1</translation>
    </message>
    <message>
        <source>Address: enter an IP address, localhost, any or any6.</source>
        <translation>Adresse: Bitte eine IP-Adresse, localhost, any oder any6 eingeben.</translation>
    </message>
    <message>
        <source>JWT secret: at least 16 characters, or empty.</source>
        <translation>JWT-Secret: mindestens 16 Zeichen oder leer.</translation>
    </message>
    <message>
        <source>Rate window: enter a duration from 100ms to 1d, such as 10s or 1m.</source>
        <translation>Ratenfenster: Bitte eine Dauer von 100ms bis 1d eingeben, etwa 10s oder 1m.</translation>
    </message>
    <message>
        <source>Largest message: enter a size from 125B to 256MiB, such as 64KiB.</source>
        <translation>Größte Nachricht: Bitte eine Größe von 125B bis 256MiB eingeben, etwa 64KiB.</translation>
    </message>
    <message>
        <source>Slow consumer limit: enter a size from 64KiB to 1GiB, such as 4MiB.</source>
        <translation>Grenze für langsame Leser: Bitte eine Größe von 64KiB bis 1GiB eingeben, etwa 4MiB.</translation>
    </message>
    <message>
        <source>Allowed origins: each origin is scheme://host[:port], such as https://example.com.</source>
        <translation>Erlaubte Origins: Jeder Origin hat die Form schema://host[:port], etwa https://example.com.</translation>
    </message>
    <message>
        <source>Handshake timeout: enter a duration from 100ms to 10m.</source>
        <translation>Handshake-Zeitlimit: Bitte eine Dauer von 100ms bis 10m eingeben.</translation>
    </message>
    <message>
        <source>Auth timeout: enter a duration from 100ms to 10m.</source>
        <translation>Auth-Zeitlimit: Bitte eine Dauer von 100ms bis 10m eingeben.</translation>
    </message>
    <message>
        <source>Heartbeat interval: enter 0 (off) or a duration from 1s to 1h.</source>
        <translation>Heartbeat-Intervall: Bitte 0 (aus) oder eine Dauer von 1s bis 1h eingeben.</translation>
    </message>
    <message>
        <source>TLS: the plain ws:// port must differ from the server port.</source>
        <translation>TLS: Der einfache ws://-Port muss sich vom Server-Port unterscheiden.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Time&amp;outs</source>
        <translation>Zeitlim&amp;its</translation>
    </message>
    <message>
        <source>Audi&amp;t log</source>
        <translation>Audi&amp;t-Protokoll</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Darstell&amp;ung</translation>
    </message>
    <message>
        <source>Create the demo &amp;users in an empty database</source>
        <translation>Demo-&amp;Benutzer in einer leeren Datenbank anlegen</translation>
    </message>
    <message>
        <source>TL&amp;S…</source>
        <translation>TL&amp;S…</translation>
    </message>
    <message>
        <source>Allowed ori&amp;gins:</source>
        <translation>Erlaubte Ori&amp;gins:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Port: %1 is not a port; enter 0 to 65535.</source>
        <translation>Port: %1 ist kein Port; geben Sie 0 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Database file or URL</source>
        <translation>Datenbankdatei oder URL</translation>
    </message>
    <message>
        <source>SQLite file with users, hashed tokens, sessions, bans and the audit log, or a PostgreSQL database that the nodes of a cluster share: postgresql://USER@HOST:PORT/DB (the password comes from the password file below, ~/.pgpass or PGPASSWORD, never from here). Empty: socketscope.sqlite in the application data folder.</source>
        <translation>SQLite-Datei mit Benutzern, gehashten Tokens, Sitzungen, Sperren und dem Audit-Protokoll, oder eine PostgreSQL-Datenbank, die sich die Knoten eines Clusters teilen: postgresql://USER@HOST:PORT/DB (das Passwort kommt aus der Passwortdatei unten, aus ~/.pgpass oder PGPASSWORD, nie von hier). Leer: socketscope.sqlite im Anwendungsdatenordner.</translation>
    </message>
    <message>
        <source>~/.pgpass or PGPASSWORD</source>
        <translation>~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation>PostgreSQL-Passwortdatei</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>Pass&amp;wortdatei:</translation>
    </message>
    <message>
        <source>For a postgresql:// database: a file whose first line is the password (keep it readable by you alone). Only its path is saved. Empty: ~/.pgpass or PGPASSWORD.</source>
        <translation>Für eine postgresql://-Datenbank: eine Datei, deren erste Zeile das Passwort ist (nur für Sie lesbar halten). Gespeichert wird nur ihr Pfad. Leer: ~/.pgpass oder PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClient</name>
    <message>
        <source>Stopped by simulator</source>
        <translation>Vom Simulator gestoppt</translation>
    </message>
    <message>
        <source>Stopped before the handshake finished</source>
        <translation>Vor Abschluss des Handshakes gestoppt</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>Handshake abgelehnt: %1</translation>
    </message>
    <message>
        <source>Frame too large for the simulator</source>
        <translation>Frame zu groß für den Simulator</translation>
    </message>
    <message>
        <source>Connection lost without a close frame</source>
        <translation>Verbindung ohne Close-Frame verloren</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatedClients</name>
    <message>
        <source>Idle (answers pings, says nothing)</source>
        <translation>Untätig (beantwortet Pings, sendet nichts)</translation>
    </message>
    <message>
        <source>Chatty (sends R messages/s)</source>
        <translation>Gesprächig (sendet R Nachrichten/s)</translation>
    </message>
    <message>
        <source>Slow reader (1 KiB/s)</source>
        <translation>Langsamer Leser (1 KiB/s)</translation>
    </message>
    <message>
        <source>Never answers pings</source>
        <translation>Beantwortet nie Pings</translation>
    </message>
    <message>
        <source>Sends an oversized message</source>
        <translation>Sendet eine übergroße Nachricht</translation>
    </message>
    <message>
        <source>Sends invalid UTF-8</source>
        <translation>Sendet ungültiges UTF-8</translation>
    </message>
    <message>
        <source>Simulated clients need a ws:// URL (they do their own handshake and have no TLS).</source>
        <translation>Simulierte Clients brauchen eine ws://-URL (sie führen ihren eigenen Handshake durch und haben kein TLS).</translation>
    </message>
</context>
<context>
    <name>SocketScope::SimulatorWidget</name>
    <message>
        <source>Simulated clients show rate limiting, heartbeats and limits live on the dashboard. Each one is a plain TCP socket doing its own WebSocket handshake, so it can misbehave in ways a normal client library will not.</source>
        <translation>Simulierte Clients zeigen Ratenbegrenzung, Heartbeats und Limits live im Dashboard. Jeder ist ein einfacher TCP-Socket mit eigenem WebSocket-Handshake und kann sich daher so danebenbenehmen, wie es eine normale Client-Bibliothek nie täte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>client_id, room_id or topic, for the endpoints that take one</source>
        <translation>client_id, room_id oder Topic, für die Endpunkte, die eines erwarten</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Any ws:// server; built from the endpoint above</source>
        <translation>Beliebiger ws://-Server; aus dem Endpunkt oben gebildet</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>All simulated clients share this credential, so they share one user&apos;s rate limit</source>
        <translation>Alle simulierten Clients teilen sich diesen Berechtigungsnachweis und damit das Ratenlimit eines Benutzers</translation>
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
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <source> msg/s per client</source>
        <translation> Nachr./s pro Client</translation>
    </message>
    <message>
        <source>&amp;Rate (chatty):</source>
        <translation>&amp;Rate (gesprächig):</translation>
    </message>
    <message>
        <source>S&amp;pawn</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>Alle s&amp;toppen</translation>
    </message>
    <message>
        <source>Close codes of the simulated clients appear here.</source>
        <translation>Die Close-Codes der simulierten Clients erscheinen hier.</translation>
    </message>
    <message>
        <source>Running: %1 (connecting %2, open %3) · closed so far: %4 · messages sent %5, received %6</source>
        <translation>Aktiv: %1 (verbindend %2, offen %3) · bisher geschlossen: %4 · Nachrichten gesendet %5, empfangen %6</translation>
    </message>
    <message>
        <source>%1 × no close frame: %2</source>
        <translation>%1 × ohne Close-Frame: %2</translation>
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
        <translation>Im Topic veröffentlichen</translation>
    </message>
    <message>
        <source>Admin: stats</source>
        <translation>Admin: Statistik</translation>
    </message>
    <message>
        <source>Admin: broadcast</source>
        <translation>Admin: Rundsenden</translation>
    </message>
    <message>
        <source>Text ping</source>
        <translation>Text-Ping</translation>
    </message>
</context>
<context>
    <name>SocketScope::TlsDialog</name>
    <message>
        <source>Serve &amp;wss:// (TLS) on the server port</source>
        <translation>&amp;wss:// (TLS) auf dem Server-Port anbieten</translation>
    </message>
    <message>
        <source>Also serve plain ws:// on &amp;port:</source>
        <translation>Zusätzlich einfaches ws:// auf &amp;Port:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM file, e.g. cert.pem</source>
        <translation>PEM-Datei, z. B. cert.pem</translation>
    </message>
    <message>
        <source>unencrypted PEM private key, e.g. key.pem</source>
        <translation>unverschlüsselter privater PEM-Schlüssel, z. B. key.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Port 0 shown in the spin box: the system picks any free port</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>scripts/dev-cert.sh makes a self-signed pair for local use. The files are checked when the server starts; a problem is shown with the file and the reason.</source>
        <translation>scripts/dev-cert.sh erzeugt ein selbstsigniertes Paar für die lokale Nutzung. Die Dateien werden beim Serverstart geprüft; ein Problem wird mit Datei und Grund angezeigt.</translation>
    </message>
    <message>
        <source>Applying restarts the server: open connections are closed with 1001.</source>
        <translation>Übernehmen startet den Server neu: Offene Verbindungen werden mit 1001 geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation>Übernehmen und neu st&amp;arten</translation>
    </message>
    <message>
        <source>&amp;Apply and start</source>
        <translation>Übernehmen und st&amp;arten</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Bitte die Zertifikatsdatei wählen.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Bitte die Datei mit dem privaten Schlüssel wählen.</translation>
    </message>
    <message>
        <source>The plain ws:// port must differ from the server port %1.</source>
        <translation>Der einfache ws://-Port muss sich vom Server-Port %1 unterscheiden.</translation>
    </message>
</context>
<context>
    <name>SocketScope::TokensModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Only the first characters are shown; the store keeps a hash, never the token.</source>
        <translation>Nur die ersten Zeichen werden angezeigt; gespeichert wird ein Hash, nie das Token.</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
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
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>SocketScope::TrafficCharts</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Chart series: connections that are open (adjective)</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Chart series: received (incoming) traffic</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Chart series: sent (outgoing) traffic</extracomment>
        <translation>aus</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Rate-limit rejections/s</source>
        <translation>Ratenlimit-Ablehnungen/s</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Line chart of %1 over the chosen time window: %2</source>
        <translation>Liniendiagramm von %1 über das gewählte Zeitfenster: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersModel</name>
    <message numerus="yes">
        <source>%n active token(s)</source>
        <translation>
            <numerusform>%n aktives Token</numerusform>
            <numerusform>%n aktive Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked or expired</source>
        <translation>
            <numerusform>%n widerrufen oder abgelaufen</numerusform>
            <numerusform>%n widerrufen oder abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Banned until %1: %2</source>
        <translation>Gesperrt bis %1: %2</translation>
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
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation>Gesperrt bis</translation>
    </message>
</context>
<context>
    <name>SocketScope::UsersPanel</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>Benutzer &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>Sperre a&amp;ufheben</translation>
    </message>
    <message>
        <source>&amp;Issue token…</source>
        <translation>Token &amp;ausstellen…</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Add a user with a name and a role</source>
        <translation>Einen Benutzer mit Name und Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected user with their tokens, sessions and ban; their open connections are closed</source>
        <translation>Den gewählten Benutzer samt Tokens, Sitzungen und Sperre entfernen; seine offenen Verbindungen werden geschlossen</translation>
    </message>
    <message>
        <source>Ban the selected user for a while: their connections are closed, new ones refused</source>
        <translation>Den gewählten Benutzer eine Zeit lang sperren: Seine Verbindungen werden geschlossen, neue abgelehnt</translation>
    </message>
    <message>
        <source>Lift the selected user&apos;s ban</source>
        <translation>Die Sperre des gewählten Benutzers aufheben</translation>
    </message>
    <message>
        <source>Issue a new API token for the selected user; it is shown once</source>
        <translation>Ein neues API-Token für den gewählten Benutzer ausstellen; es wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Revoke the selected token; connections that use it are closed</source>
        <translation>Das gewählte Token widerrufen; Verbindungen, die es verwenden, werden geschlossen</translation>
    </message>
    <message>
        <source>Read users and tokens from the database again</source>
        <translation>Benutzer und Tokens erneut aus der Datenbank lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1, read at %2</source>
        <translation>Datenbank %1, gelesen um %2</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>API tokens: select a user</source>
        <translation>API-Tokens: Benutzer auswählen</translation>
    </message>
    <message>
        <source>API tokens of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>API-Tokens von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Adding user “%1”</source>
        <translation>Benutzer „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Benutzer %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Their tokens, sessions and ban are removed too, and their open connections are closed. This cannot be undone.</source>
        <translation>%1 entfernen? Tokens, Sitzungen und Sperre werden ebenfalls entfernt und offene Verbindungen geschlossen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Issuing a token for %1</source>
        <translation>Token für %1 wird ausgestellt</translation>
    </message>
    <message>
        <source>Issued token %1 for %2.</source>
        <translation>Token %1 für %2 ausgestellt.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke token %1 (%2) of %3? Connections that authenticated with it are closed, and it cannot be used again.</source>
        <translation>Token %1 (%2) von %3 widerrufen? Verbindungen, die sich damit authentifiziert haben, werden geschlossen, und es kann nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>Revoking token %1</source>
        <translation>Token %1 wird widerrufen</translation>
    </message>
    <message>
        <source>Revoked token %1 of %2.</source>
        <translation>Token %1 von %2 widerrufen.</translation>
    </message>
    <message>
        <source>Banning %1</source>
        <translation>%1 wird gesperrt</translation>
    </message>
    <message>
        <source>Banned %1 for %2.</source>
        <translation>%1 für %2 gesperrt.</translation>
    </message>
    <message>
        <source>Unbanning %1</source>
        <translation>Sperre von %1 wird aufgehoben</translation>
    </message>
    <message>
        <source>Unbanned %1.</source>
        <translation>Sperre von %1 aufgehoben.</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayFrameModel</name>
    <message>
        <source>1-byte payload: malformed</source>
        <translation>1-Byte-Nutzlast: fehlerhaft</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>kein Statuscode</translation>
    </message>
    <message>
        <source>FIN=1: the last frame of its message</source>
        <translation>FIN=1: der letzte Frame seiner Nachricht</translation>
    </message>
    <message>
        <source>FIN=0: more frames of this message follow</source>
        <translation>FIN=0: weitere Frames dieser Nachricht folgen</translation>
    </message>
    <message>
        <source>Masked: every client-to-server frame must be (RFC 6455 §5.3)</source>
        <translation>Maskiert: jeder Frame vom Client zum Server muss es sein (RFC 6455 §5.3)</translation>
    </message>
    <message>
        <source>Not masked: server-to-client frames never are</source>
        <translation>Nicht maskiert: Frames vom Server zum Client sind es nie</translation>
    </message>
    <message>
        <source>FIN bit: 1 on the last frame of a message</source>
        <translation>FIN-Bit: 1 im letzten Frame einer Nachricht</translation>
    </message>
    <message>
        <source>RSV1 RSV2 RSV3: zero unless an extension was negotiated</source>
        <translation>RSV1 RSV2 RSV3: null, sofern keine Erweiterung ausgehandelt wurde</translation>
    </message>
    <message>
        <source>MASK bit: 1 when the payload is XOR-ed with the masking key</source>
        <translation>MASK-Bit: 1, wenn die Nutzlast mit dem Maskierungsschlüssel per XOR verknüpft ist</translation>
    </message>
    <message>
        <source>The 4-byte masking key</source>
        <translation>Der 4-Byte-Maskierungsschlüssel</translation>
    </message>
    <message>
        <source>Payload length in bytes</source>
        <translation>Länge der Nutzlast in Bytes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Close-Code</translation>
    </message>
    <message>
        <source>No header bytes recorded for this frame.</source>
        <translation>Für diesen Frame wurden keine Header-Bytes aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Header: %n byte(s)</source>
        <translation>
            <numerusform>Header: %n Byte</numerusform>
            <numerusform>Header: %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0</source>
        <translation>Byte 0</translation>
    </message>
    <message>
        <source>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 opcode=0x%5 (%6)</source>
        <translation>FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 Opcode=0x%5 (%6)</translation>
    </message>
    <message>
        <source>payload length=%1</source>
        <translation>Nutzlastlänge=%1</translation>
    </message>
    <message>
        <source>126: the length follows in 2 bytes</source>
        <translation>126: die Länge folgt in 2 Bytes</translation>
    </message>
    <message>
        <source>127: the length follows in 8 bytes</source>
        <translation>127: die Länge folgt in 8 Bytes</translation>
    </message>
    <message>
        <source>byte 1</source>
        <translation>Byte 1</translation>
    </message>
    <message>
        <source>MASK=%1 %2</source>
        <translation>MASK=%1 %2</translation>
    </message>
    <message>
        <source>bytes 2–3</source>
        <translation>Bytes 2–3</translation>
    </message>
    <message>
        <source>extended payload length (16 bit, big-endian) = %1</source>
        <translation>erweiterte Nutzlastlänge (16 Bit, Big-Endian) = %1</translation>
    </message>
    <message>
        <source>bytes 2–9</source>
        <translation>Bytes 2–9</translation>
    </message>
    <message>
        <source>extended payload length (64 bit, big-endian) = %1</source>
        <translation>erweiterte Nutzlastlänge (64 Bit, Big-Endian) = %1</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>Bytes %1–%2</translation>
    </message>
    <message>
        <source>masking key</source>
        <translation>Maskierungsschlüssel</translation>
    </message>
    <message>
        <source>Payload on the wire (masked):</source>
        <translation>Nutzlast auf der Leitung (maskiert):</translation>
    </message>
    <message>
        <source>Payload unmasked (byte i XOR key byte i mod 4):</source>
        <translation>Nutzlast demaskiert (Byte i XOR Schlüsselbyte i mod 4):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzlast:</translation>
    </message>
    <message>
        <source>close code (16 bit, big-endian) = %1 %2</source>
        <translation>Close-Code (16 Bit, Big-Endian) = %1 %2</translation>
    </message>
    <message>
        <source>  then the reason, UTF-8:</source>
        <translation>  dann der Grund, UTF-8:</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Sent: client → server</source>
        <translation>Gesendet: Client → Server</translation>
    </message>
    <message>
        <source>Received: server → client</source>
        <translation>Empfangen: Server → Client</translation>
    </message>
    <message>
        <source>Direction: &gt;&gt; client to server, &lt;&lt; server to client</source>
        <translation>Richtung: &gt;&gt; Client zum Server, &lt;&lt; Server zum Client</translation>
    </message>
</context>
<context>
    <name>SocketScope::XrayView</name>
    <message>
        <source>Show tokens, cookies and Authorization values in clear text (on a projector too)</source>
        <translation>Tokens, Cookies und Authorization-Werte im Klartext zeigen (auch auf dem Beamer)</translation>
    </message>
    <message>
        <source>Payload of the ping frame: at most 125 bytes, echoed in the pong</source>
        <translation>Nutzlast des Ping-Frames: höchstens 125 Bytes, im Pong zurückgeschickt</translation>
    </message>
    <message>
        <source>Send pin&amp;g</source>
        <translation>Pin&amp;g senden</translation>
    </message>
    <message>
        <source>Ping payload:</source>
        <translation>Ping-Nutzlast:</translation>
    </message>
    <message>
        <source>The opening handshake appears here once an X-ray connection starts.</source>
        <translation>Der Opening Handshake erscheint hier, sobald eine Röntgenblick-Verbindung beginnt.</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes with the header bits labelled.</source>
        <translation>Einen Frame auswählen, um seine Bytes mit beschrifteten Header-Bits zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Handshake</source>
        <translation>&amp;Handshake</translation>
    </message>
    <message>
        <source>&amp;Bytes of the frame</source>
        <translation>&amp;Bytes des Frames</translation>
    </message>
    <message>
        <source>X-ray is off. Tick “X-ray” in the connection settings, then connect: the tab then speaks WebSocket itself and shows the handshake and every frame.</source>
        <translation>Der Röntgenblick ist aus. „Röntgenblick“ in den Verbindungseinstellungen ankreuzen und verbinden: der Tab spricht dann selbst WebSocket und zeigt den Handshake und jeden Frame.</translation>
    </message>
    <message>
        <source>Why 101 and then 1008, not HTTP 401? The server accepts the upgrade and then refuses with a Close frame: a browser&apos;s WebSocket API never shows the status or body of a refused handshake (only a bare error event), but it does show a Close frame&apos;s code and reason. So the reason here is what a web page can tell its user.</source>
        <translation>Warum 101 und dann 1008 statt HTTP 401? Der Server nimmt das Upgrade an und lehnt dann mit einem Close-Frame ab: die WebSocket-API eines Browsers zeigt Status und Inhalt eines abgelehnten Handshakes nie (nur ein nacktes error-Ereignis), Code und Grund eines Close-Frames aber schon. Der Grund hier ist also das, was eine Webseite ihrem Benutzer sagen kann.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept, step by step (RFC 6455 §4.2.2):</source>
        <translation>Sec-WebSocket-Accept, Schritt für Schritt (RFC 6455 §4.2.2):</translation>
    </message>
    <message>
        <source>  1. Sec-WebSocket-Key from the request:  %1</source>
        <translation>  1. Sec-WebSocket-Key aus der Anfrage:   %1</translation>
    </message>
    <message>
        <source>  2. the key + the fixed GUID:            %1</source>
        <translation>  2. Schlüssel + die feste GUID:          %1</translation>
    </message>
    <message>
        <source>  3. SHA-1 of that (20 bytes, hex):       %1</source>
        <translation>  3. SHA-1 davon (20 Bytes, hex):        %1</translation>
    </message>
    <message>
        <source>  4. base64 of the 20 bytes:              %1</source>
        <translation>  4. base64 der 20 Bytes:                %1</translation>
    </message>
    <message>
        <source>  5. Sec-WebSocket-Accept in the answer:  %1</source>
        <translation>  5. Sec-WebSocket-Accept der Antwort:   %1</translation>
    </message>
    <message>
        <source>  ✓ matches: the server read this very request and speaks WebSocket</source>
        <translation>  ✓ stimmt überein: der Server hat genau diese Anfrage gelesen und spricht WebSocket</translation>
    </message>
    <message>
        <source>  ✗ does not match: not a WebSocket server (or a proxy answered); the client must fail</source>
        <translation>  ✗ stimmt nicht überein: kein WebSocket-Server (oder ein Proxy hat geantwortet); der Client muss abbrechen</translation>
    </message>
    <message>
        <source>Request (client → server):</source>
        <translation>Anfrage (Client → Server):</translation>
    </message>
    <message>
        <source>Response (server → client):</source>
        <translation>Antwort (Server → Client):</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <source>Clear frames</source>
        <translation>Frames leeren</translation>
    </message>
    <message>
        <source>&amp;Next step ▸</source>
        <translation>&amp;Nächster Schritt ▸</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Normal closure</source>
        <translation>Normales Schließen</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Gegenstelle wird beendet</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>Nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>Kein Status empfangen</translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation>Abnormales Schließen</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>Ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation>Erforderliche Erweiterung</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>Dienst-Neustart</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Registered (library/framework)</source>
        <translation>Registriert (Bibliothek/Framework)</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>Private Nutzung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>Raum</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Auth OK</source>
        <translation>Auth OK</translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation>Auth-Fehler</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>Event: a connection joined a room or subscribed to a topic</extracomment>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Event: a connection left a room or topic (not the direction &quot;left&quot;)</extracomment>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Kicked</source>
        <translation>Getrennt (Admin)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>first message</source>
        <translation>erste Nachricht</translation>
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
        <translation>anonym</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <extracomment>%1 is how the JWT arrived: header, cookie, query or first message</extracomment>
        <translation>JWT (%1)</translation>
    </message>
</context>
</TS>
