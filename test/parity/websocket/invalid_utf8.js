// a text frame with invalid UTF-8 fails the connection
const { start } = require('./_server');
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 8) console.log('server got close', f.payload.readUInt16BE(0)); });
  conn.send(1, Buffer.from([0xff, 0xfe]));
  setTimeout(() => conn.socket.end(), 50);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onmessage = () => console.log('message?');
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
