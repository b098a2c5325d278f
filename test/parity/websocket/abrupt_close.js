// the server drops the TCP connection: close 1006, not clean
const { start } = require('./_server');
start((conn) => setTimeout(() => conn.socket.destroy(), 10)).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => console.log('open');
  ws.onerror = (e) => console.log('error', e.type);
  ws.onclose = (e) => { console.log('close', e.code, JSON.stringify(e.reason), e.wasClean); srv.close(); };
});
