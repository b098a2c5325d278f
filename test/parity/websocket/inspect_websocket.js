// util.inspect and toStringTag of WebSocket and its events
const { start } = require('./_server');
start((conn) => { conn.close(1000); conn.socket.end(); }).then((srv) => {
  const ws = new WebSocket(srv.url);
  console.log(Object.prototype.toString.call(ws), Object.keys(WebSocket.prototype).sort());
  ws.onclose = (e) => { console.log(Object.prototype.toString.call(e), e.code); srv.close(); };
});
