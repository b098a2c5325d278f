// a wrong Sec-WebSocket-Accept fails the connection
const { start } = require('./_server');
start(() => {}, { handshake: (socket) => socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: wrong\r\n\r\n') })
  .then((srv) => {
    const ws = new WebSocket(srv.url);
    ws.onopen = () => console.log('open?');
    ws.onerror = (e) => console.log('error', e.constructor.name);
    ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
  });
