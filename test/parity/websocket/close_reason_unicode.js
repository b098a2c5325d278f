// close reasons in UTF-8 both ways
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 8) { console.log('server got', f.payload.readUInt16BE(0), f.payload.subarray(2).toString()); conn.close(4000, 'ça va ✓'); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => ws.close(3001, 'héllo ✓');
  ws.onclose = (e) => { console.log('close', e.code, e.reason, e.wasClean); srv.close(); };
});
