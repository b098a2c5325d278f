// a frame with a reserved opcode fails the connection with 1002
const { start } = require('./_server');
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 8) console.log('server got close', f.payload.readUInt16BE(0)); });
  conn.socket.write(Buffer.from([0x83, 0x00]));
  setTimeout(() => conn.socket.end(), 50);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
