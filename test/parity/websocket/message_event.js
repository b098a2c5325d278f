// the MessageEvent fields a WebSocket message carries
const { start } = require('./_server');
start((conn) => { conn.text('payload'); conn.close(1000); conn.socket.end(); }).then((srv) => {
  const ws = new WebSocket(srv.url);
  ws.onmessage = (e) => {
    console.log(e.type, e.data, e.origin.replace(String(srv.port), 'PORT'), JSON.stringify(e.lastEventId), e.source, e.ports, e.target === ws, e instanceof MessageEvent);
  };
  ws.onclose = (e) => { console.log(e.type, e.target === ws, e instanceof Event); srv.close(); };
});
