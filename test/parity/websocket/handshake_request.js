// the opening handshake request undici sends
const { start } = require('./_server');
start((conn, req) => {
  console.log(req.line);
  for (const [k, v] of req.headers) console.log(k, k === 'sec-websocket-key' ? (Buffer.from(v, 'base64').length) : k === 'host' ? 'HOST' : v);
  conn.close(1000); conn.socket.end();
}, { protocol: 'b' }).then((srv) => {
  const ws = new WebSocket(srv.url + 'path?q=1', ['a', 'b']);
  ws.onopen = () => console.log('open', ws.protocol);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
