'use strict';
// Benchmark-only peer: a plain Node `ws` server with SocketScope's /ws/echo and /ws/room/{id}
// texts. Names come from ?token= (secret-token -> john_doe, valid-token -> alice); nothing is
// verified. Usage: node server.js [--port P]   (listens on 127.0.0.1)
const http = require('http');
const { WebSocketServer } = require('ws');

let port = 8000;
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--port' && i + 1 < process.argv.length) port = Number(process.argv[++i]);
  else { console.error('usage: node server.js [--port P]'); process.exit(2); }
}

const names = { 'secret-token': 'john_doe', 'valid-token': 'alice' };
const rooms = new Map(); // room id -> Set of sockets

const server = http.createServer((req, res) => { res.writeHead(404); res.end(); });
const wss = new WebSocketServer({ noServer: true });

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  wss.handleUpgrade(req, socket, head, (ws) => {
    const path = url.pathname;
    if (path === '/ws/echo') {
      ws.on('message', (data, isBinary) => {
        if (isBinary) ws.send(data, { binary: true });
        else ws.send('Message text was: ' + data.toString());
      });
    } else if (path.startsWith('/ws/room/') && path.length > 9) {
      const room = path.slice(9);
      const name = names[url.searchParams.get('token')] || 'anonymous';
      let members = rooms.get(room);
      if (!members) { members = new Set(); rooms.set(room, members); }
      members.add(ws);
      const joined = name + ' joined the room';
      for (const m of members) m.send(joined);
      ws.on('message', (data) => {
        const out = name + ': ' + data.toString();
        for (const m of members) if (m !== ws) m.send(out);
      });
      ws.on('close', () => {
        members.delete(ws);
        const left = name + ' left the room';
        for (const m of members) m.send(left);
        if (members.size === 0) rooms.delete(room);
      });
    } else {
      ws.close(1008, 'Unknown endpoint');
    }
  });
});

server.listen(port, '127.0.0.1', () => console.error(`node-ws: listening on ws://127.0.0.1:${port}`));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
