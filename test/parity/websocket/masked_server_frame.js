// a masked frame from the server fails the connection
const { start } = require('./_server');
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 8) console.log('server got close', f.payload.readUInt16BE(0)); });
  conn.socket.write(Buffer.from([0x81, 0x82, 1, 2, 3, 4, 0x68 ^ 1, 0x69 ^ 2]));
  setTimeout(() => conn.socket.end(), 50);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onmessage = (e) => console.log('message?', e.data);
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
