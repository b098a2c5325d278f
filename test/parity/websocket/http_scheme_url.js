// http: and https: URLs are accepted and shown as ws: and wss:
const { start } = require('./_server');
start((conn) => { conn.close(1000); conn.socket.end(); }).then((srv) => {
  const ws = new WebSocket(srv.url.replace('ws:', 'http:'));
  console.log(ws.url.replace(String(srv.port), 'PORT'));
  ws.onclose = (e) => { console.log('close', e.code); srv.close(); };
});
