// bufferedAmount grows by the bytes given to send() and is back to 0 once they are written
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 2 || f.opcode === 1) conn.text('got ' + f.payload.length);
  if (f.opcode === 8) { conn.close(1000); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => {
    console.log('before', ws.bufferedAmount);
    ws.send(new Uint8Array(1000));
    console.log('after send', ws.bufferedAmount);
    ws.send('héllo');
    console.log('after text', ws.bufferedAmount);
  };
  let n = 0;
  ws.onmessage = (e) => { console.log(e.data); if (++n === 2) { console.log('later', ws.bufferedAmount); ws.close(); } };
  ws.onclose = (e) => { console.log('close', e.code, ws.bufferedAmount); srv.close(); };
});
