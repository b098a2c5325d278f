// the server accepts permessage-deflate and sends compressed messages (context kept between them)
const zlib = require('zlib');
const crypto = require('crypto');
const { start, encodeFrame } = require('./_server');
const deflate = zlib.createDeflateRaw();
function compress(text) {
  return new Promise((resolve) => {
    const parts = [];
    const onData = (d) => parts.push(d);
    deflate.on('data', onData);
    deflate.write(text);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      deflate.off('data', onData);
      const all = Buffer.concat(parts);
      resolve(all.subarray(0, all.length - 4));
    });
  });
}
start(async (conn, req) => {
  console.log('offered', req.get('sec-websocket-extensions'));
  for (const t of ['hello hello hello', 'hello hello hello']) {
    const payload = await compress(t);
    const frame = encodeFrame(1, payload);
    frame[0] |= 0x40; // RSV1: compressed
    conn.socket.write(frame);
    // undici inflates asynchronously: give each message time before the next frame
    await new Promise((r) => setTimeout(r, 100));
  }
  conn.close(1000);
  conn.socket.end();
}, {
  handshake(socket, req) {
    const accept = crypto.createHash('sha1').update(req.get('sec-websocket-key') + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n`);
  },
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => console.log('open', JSON.stringify(ws.extensions));
  ws.onmessage = (e) => console.log('message', e.data);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
