// what send() puts on the wire for each data type: opcode and bytes
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 8) { conn.close(1000); conn.socket.end(); return; }
  console.log('opcode', f.opcode, f.fin, f.masked, JSON.stringify(f.payload.toString('latin1')));
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => {
    ws.send('text é');
    ws.send(new Uint16Array([0x4241]));
    ws.send(new DataView(new Uint8Array([67, 68]).buffer));
    ws.send(new Uint8Array([69, 70, 71]).subarray(1));
    ws.send(12345);
    ws.send(new Blob(['blob']));
    ws.close();
  };
  ws.onclose = () => srv.close();
});
