// close() without a code sends an empty close frame; the server's empty reply gives 1005
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 8) { console.log('server got close payload bytes', f.payload.length); conn.close(); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => ws.close();
  ws.onclose = (e) => { console.log('close', e.code, JSON.stringify(e.reason), e.wasClean); srv.close(); };
});
