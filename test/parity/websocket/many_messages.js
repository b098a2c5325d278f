// 100 messages each way keep their order
const { start } = require('./_server');
start((conn) => {
  let n = 0;
  conn.onframe((f) => {
    if (f.opcode === 1) { n++; if (n === 100) { for (let i = 0; i < 100; i++) conn.text('s' + i); } }
    if (f.opcode === 8) { conn.close(1000); conn.socket.end(); }
  });
}).then((srv) => {
  const ws = new WebSocket(srv.url);
  const got = [];
  ws.onopen = () => { for (let i = 0; i < 100; i++) ws.send('c' + i); };
  ws.onmessage = (e) => { got.push(e.data); if (got.length === 100) ws.close(); };
  ws.onclose = (e) => { console.log(got.length, got[0], got[99], got.every((v, i) => v === 's' + i), e.code); srv.close(); };
});
