// the server starts the closing handshake: the client echoes the code, close is clean
const { start } = require('./_server');
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 8) { console.log('echoed', f.payload.length ? f.payload.readUInt16BE(0) : 'empty'); conn.socket.end(); } });
  setTimeout(() => conn.close(4001, 'server says bye'), 10);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => console.log('open');
  ws.onclose = (e) => { console.log('close', e.code, e.reason, e.wasClean); srv.close(); };
});
