// the server picks no protocol though the client asked for one: the connection fails
const { start } = require('./_server');
start(() => {}).then((srv) => {
  const ws = new WebSocket(srv.url, 'chat');
  ws.onopen = () => console.log('open?');
  ws.onerror = (e) => console.log('error', e.constructor.name);
  ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
});
