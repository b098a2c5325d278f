// a ping longer than 125 bytes fails the connection
const { start } = require('./_server');
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 8) console.log('server got close', f.payload.readUInt16BE(0)); });
  conn.send(9, Buffer.alloc(200));
  setTimeout(() => conn.socket.end(), 50);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
