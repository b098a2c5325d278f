// each application close code is sent and echoed
const { start } = require('./_server');
const codes = [1000, 3000, 3999, 4000, 4999];
let k = 0;
start((conn) => conn.onframe((f) => {
  if (f.opcode === 8) { const c = f.payload.readUInt16BE(0); console.log('server got', c); conn.close(c, 'r' + c); conn.socket.end(); }
})).then((srv) => {
  const next = () => {
    if (k === codes.length) { srv.close(); return; }
    const code = codes[k++];
    const ws = new WebSocket(srv.url);
    ws.onopen = () => ws.close(code);
    ws.onclose = (e) => { console.log('client close', e.code, e.reason, e.wasClean); next(); };
  };
  next();
});
