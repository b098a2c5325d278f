'use strict';
// A WebSocket server written on node:net for the cases: the upgrade handshake and RFC 6455
// frames by hand, so the cases run the same on node and gnode. start(onConnection) listens on
// 127.0.0.1 port 0 and resolves { url, server, close() }; onConnection(conn, req) gets a conn
// with send(opcode, payload, fin), close(code, reason), onframe(cb), raw socket, and req with the
// request line and headers (lower-cased names, in order). With options.tls ({ key, cert }) it
// serves wss:// on node:tls and the url names localhost.
const net = require('net');
const crypto = require('crypto');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function encodeFrame(opcode, payload, fin = true) {
  payload = Buffer.from(payload);
  const len = payload.length;
  let head;
  if (len < 126) {
    head = Buffer.from([(fin ? 0x80 : 0) | opcode, len]);
  } else if (len < 65536) {
    head = Buffer.alloc(4);
    head[0] = (fin ? 0x80 : 0) | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else {
    head = Buffer.alloc(10);
    head[0] = (fin ? 0x80 : 0) | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

function parseFrames(state, data, onframe) {
  state.buf = Buffer.concat([state.buf, data]);
  for (;;) {
    const b = state.buf;
    if (b.length < 2) return;
    let len = b[1] & 0x7f;
    let off = 2;
    if (len === 126) { if (b.length < 4) return; len = b.readUInt16BE(2); off = 4; }
    else if (len === 127) { if (b.length < 10) return; len = Number(b.readBigUInt64BE(2)); off = 10; }
    const masked = (b[1] & 0x80) !== 0;
    const maskOff = off;
    if (masked) off += 4;
    if (b.length < off + len) return;
    const payload = Buffer.from(b.subarray(off, off + len));
    if (masked) for (let i = 0; i < len; i++) payload[i] ^= b[maskOff + (i & 3)];
    state.buf = b.subarray(off + len);
    onframe({ fin: (b[0] & 0x80) !== 0, rsv: (b[0] >> 4) & 7, opcode: b[0] & 0x0f, masked, payload });
  }
}

function start(onConnection, options = {}) {
  const sockets = new Set();
  const onSocket = (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let head = '';
    const onData = (d) => {
      head += d.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.removeListener('data', onData);
      const lines = head.slice(0, end).split('\r\n');
      const rest = Buffer.from(head.slice(end + 4), 'latin1');
      const headers = [];
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        headers.push([l.slice(0, i).toLowerCase(), l.slice(i + 1).trim()]);
      }
      const get = (n) => (headers.find((h) => h[0] === n) || [])[1];
      const req = { line: lines[0], headers, get };
      const conn = {
        socket,
        req,
        frames: [],
        handlers: [],
        send(opcode, payload, fin) { socket.write(encodeFrame(opcode, payload, fin)); },
        text(s) { this.send(1, Buffer.from(s)); },
        binary(b) { this.send(2, b); },
        close(code, reason = '') {
          const p = code === undefined ? Buffer.alloc(0) : Buffer.concat([Buffer.from([code >> 8, code & 255]), Buffer.from(reason)]);
          this.send(8, p);
        },
        onframe(cb) { this.handlers.push(cb); },
      };
      if (options.handshake) {
        options.handshake(socket, req);
      } else {
        const accept = crypto.createHash('sha1').update(get('sec-websocket-key') + GUID).digest('base64');
        let extra = '';
        if (options.protocol) extra += `Sec-WebSocket-Protocol: ${options.protocol}\r\n`;
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Accept: ${accept}\r\n${extra}\r\n`);
      }
      const state = { buf: Buffer.alloc(0) };
      const dispatch = (f) => { conn.frames.push(f); for (const h of conn.handlers) h(f); };
      socket.on('data', (d) => parseFrames(state, d, dispatch));
      onConnection(conn, req);
      if (rest.length) parseFrames(state, rest, dispatch);
    };
    socket.on('data', onData);
  };
  const server = options.tls ? require('tls').createServer(options.tls, onSocket) : net.createServer(onSocket);
  if (options.tls) server.on('tlsClientError', () => {});
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: options.tls ? `wss://localhost:${server.address().port}/` : `ws://127.0.0.1:${server.address().port}/`,
        port: server.address().port,
        server,
        close() {
          for (const s of sockets) s.destroy();
          server.close();
        },
      });
    });
  });
}

module.exports = { start, encodeFrame };
