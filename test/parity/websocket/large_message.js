// a 200 KB message each way (64-bit lengths), client frames masked
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 1) { console.log('server got', f.payload.length, f.masked); conn.text(f.payload.toString().toUpperCase()); }
  if (f.opcode === 8) { conn.close(1000); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => ws.send('a'.repeat(200000));
  ws.onmessage = (e) => { console.log('client got', e.data.length, e.data.slice(0, 3)); ws.close(); };
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
