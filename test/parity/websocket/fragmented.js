// fragmented text and binary messages with a ping in between are reassembled; ping gets a pong
const { start } = require('./_server');
let pong = 'none';
start((conn) => {
  conn.onframe((f) => { if (f.opcode === 10) pong = `${f.payload} ${f.masked}`; if (f.opcode === 8) conn.socket.end(); });
  conn.send(1, 'frag', false);
  conn.send(9, 'ping-data');
  conn.send(0, 'ment', false);
  conn.send(0, 'ed', true);
  conn.send(2, Buffer.from([1]), false);
  conn.send(0, Buffer.from([2]), true);
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.binaryType = 'arraybuffer';
  let n = 0;
  ws.onmessage = (e) => {
    console.log('message', typeof e.data === 'string' ? e.data : [...new Uint8Array(e.data)]);
    if (++n === 2) ws.close();
  };
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); console.log('pong', pong); srv.close(); };
});
