// send before open throws InvalidStateError; close code and reason validation
const { start } = require('./_server');
start((conn) => conn.onframe((f) => { if (f.opcode === 8) { conn.close(1000); conn.socket.end(); } })).then((srv) => {
  const ws = new WebSocket(srv.url);
  try { ws.send('x'); } catch (e) { console.log(e.name, e.message); }
  ws.onopen = () => {
    for (const args of [[1001], [2999], [5000], [1000, 'x'.repeat(124)]]) {
      try { ws.close(...args); } catch (e) { console.log(e.name, e.message); }
    }
    ws.close(3000, 'ok');
    ws.send('ignored after close');
    console.log('state', ws.readyState);
  };
  ws.onclose = (e) => { console.log('close', e.code, e.reason, e.wasClean); srv.close(); };
});
