// connecting to a closed port: error then close 1006
const net = require('net');
const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(() => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    ws.onopen = () => console.log('open?');
    ws.onerror = (e) => console.log('error', e.constructor.name, ws.readyState);
    ws.onclose = (e) => console.log('close', e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState);
  });
});
