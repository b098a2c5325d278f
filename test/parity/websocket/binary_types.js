// binary messages as Blob (default) and ArrayBuffer; sending Buffer, ArrayBuffer, Blob
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 2) conn.binary(f.payload);
  if (f.opcode === 1 && f.payload.toString() === 'end') { conn.close(1000); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  const got = [];
  ws.onopen = () => { ws.send(Buffer.from([1, 2, 3])); };
  ws.onmessage = async (e) => {
    if (got.length === 0) {
      console.log(e.data instanceof Blob, e.data.size, [...new Uint8Array(await e.data.arrayBuffer())]);
      got.push(1);
      ws.binaryType = 'arraybuffer';
      ws.send(new Uint8Array([4, 5]).buffer);
    } else if (got.length === 1) {
      console.log(e.data instanceof ArrayBuffer, [...new Uint8Array(e.data)]);
      got.push(1);
      ws.send(new Blob([new Uint8Array([9])]));
    } else {
      console.log(e.data.constructor.name, [...new Uint8Array(e.data)]);
      ws.binaryType = 'nonsense';
      console.log(ws.binaryType);
      ws.send('end');
    }
  };
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
