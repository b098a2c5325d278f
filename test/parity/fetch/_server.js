'use strict';
// A raw HTTP/1.1 server on node:net for the fetch cases (node:http may not exist yet): parses
// each request (Content-Length or chunked body) and calls handler(req, res) with
// req = { method, target, headers: [[lower-name, value]…], raw (the head as sent), body }
// and res.send(status, headers, body) / res.raw(text) / res.socket. Keep-alive is honoured.
const net = require('net');

function parseChunked(buf) {
  const parts = [];
  let pos = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', pos);
    if (eol === -1) return null;
    const size = parseInt(buf.toString('latin1', pos, eol), 16);
    if (size === 0) {
      const end = buf.indexOf('\r\n', eol + 2);
      if (end === -1) return null;
      return { body: Buffer.concat(parts), used: end + 2 };
    }
    if (buf.length < eol + 2 + size + 2) return null;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}

function start(handler) {
  const sockets = new Set();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    socket.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end === -1) return;
        const raw = buf.toString('latin1', 0, end);
        const lines = raw.split('\r\n');
        const [method, target] = lines[0].split(' ');
        const headers = lines.slice(1).map((l) => {
          const i = l.indexOf(':');
          return [l.slice(0, i).toLowerCase(), l.slice(i + 1).trim()];
        });
        const get = (n) => (headers.find((h) => h[0] === n) || [])[1];
        let rest = buf.subarray(end + 4);
        let body;
        if (get('transfer-encoding') === 'chunked') {
          const r = parseChunked(rest);
          if (r === null) return;
          body = r.body;
          rest = rest.subarray(r.used);
        } else {
          const n = Number(get('content-length') || 0);
          if (rest.length < n) return;
          body = rest.subarray(0, n);
          rest = rest.subarray(n);
        }
        buf = rest;
        const req = { method, target, headers, get, raw, body };
        const res = {
          socket,
          raw(text) { socket.write(text); },
          send(status, hdrs = {}, payload = '') {
            payload = Buffer.from(payload);
            let head = `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'X'}\r\n`;
            const list = Array.isArray(hdrs) ? hdrs : Object.entries(hdrs);
            if (!list.some(([k]) => /^(content-length|transfer-encoding)$/i.test(k))) list.push(['Content-Length', payload.length]);
            for (const [k, v] of list) head += `${k}: ${v}\r\n`;
            socket.write(Buffer.concat([Buffer.from(head + '\r\n', 'latin1'), payload]));
          },
        };
        handler(req, res);
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        connections: () => connections,
        close() {
          for (const s of sockets) s.destroy();
          server.close();
        },
      });
    });
  });
}

// a request head without the per-run parts (port, random boundary)
function stable(text, port) {
  return text.replace(/formdata-undici-0\d{11}/g, 'formdata-undici-0BOUNDARY').split(String(port)).join('PORT');
}

module.exports = { start, stable };
