// open, text echo, client close: event order, readyState, CloseEvent fields
const { start } = require('./_server');
start((conn) => conn.onframe((f) => {
  if (f.opcode === 1) conn.text('echo:' + f.payload);
  if (f.opcode === 8) { console.log('server got close', f.payload.readUInt16BE(0), f.payload.subarray(2).toString()); conn.close(1000, 'bye'); conn.socket.end(); }
})).then((srv) => {
  const ws = new WebSocket(srv.url);
  console.log('state', ws.readyState, ws.url.replace(String(srv.port), 'PORT'), ws.binaryType, ws.bufferedAmount, ws.protocol, ws.extensions);
  ws.onopen = (e) => { console.log('open', e.type, ws.readyState); ws.send('hi'); };
  ws.onmessage = (e) => { console.log('message', e.data, e.origin.replace(String(srv.port), 'PORT')); ws.close(1000, 'done'); console.log('after close()', ws.readyState); };
  ws.onclose = (e) => { console.log('close', e.code, e.reason, e.wasClean, ws.readyState, e instanceof CloseEvent); srv.close(); };
  ws.onerror = () => console.log('error');
});
