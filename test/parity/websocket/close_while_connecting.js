// close() before the handshake completes
const { start } = require('./_server');
start(() => {}).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onopen = () => console.log('open?');
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean, ws.readyState); srv.close(); };
  ws.close();
  console.log('state', ws.readyState);
});
