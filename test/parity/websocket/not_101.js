// the server answers 200 instead of upgrading
const { start } = require('./_server');
start(() => {}, { handshake: (socket) => { socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); } })
  .then((srv) => {
    const ws = new WebSocket(srv.url);
    ws.onerror = (e) => console.log('error', e.constructor.name);
    ws.onclose = (e) => { console.log('close', e.code, e.wasClean); srv.close(); };
  });
