// pings with payloads get pongs with the same payload, before the following message is handled
const { start } = require('./_server');
start((conn) => {
  const pongs = [];
  conn.onframe((f) => {
    if (f.opcode === 10) pongs.push(f.payload.toString());
    if (f.opcode === 1) { console.log('pongs before reply', pongs); conn.close(1000); conn.socket.end(); }
  });
  conn.send(9, 'p1');
  conn.send(9, '');
  conn.send(9, 'p3');
  conn.text('now reply');
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onmessage = (e) => ws.send('reply to ' + e.data);
  ws.onclose = (e) => { console.log('close', e.code); srv.close(); };
});
