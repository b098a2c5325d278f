// addEventListener and on* handlers together; replacing and clearing on* handlers
const { start } = require('./_server');
start((conn) => { conn.text('one'); conn.text('two'); conn.close(1000, 'x'); conn.socket.end(); }).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.addEventListener('message', (e) => console.log('listener', e.data));
  ws.onmessage = () => console.log('replaced');
  ws.onmessage = (e) => console.log('onmessage', e.data, typeof ws.onmessage);
  ws.addEventListener('close', () => console.log('close listener'), { once: true });
  ws.onclose = (e) => { console.log('onclose', e.code); srv.close(); };
  ws.onerror = null;
  console.log(ws.onerror, ws.onopen);
});
