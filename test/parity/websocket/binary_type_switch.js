// binaryType applies to messages dispatched after it changes
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 1) conn.binary(Buffer.from(f.payload.toString()));
  if (f.opcode === 8) { conn.close(1000); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  const types = ['arraybuffer', 'blob', 'arraybuffer'];
  let i = 0;
  ws.onopen = () => { ws.binaryType = types[0]; ws.send('m0'); };
  ws.onmessage = (e) => {
    console.log(i, ws.binaryType, e.data.constructor.name);
    i++;
    if (i < 3) { ws.binaryType = types[i]; ws.send('m' + i); } else ws.close();
  };
  ws.onclose = () => srv.close();
});
