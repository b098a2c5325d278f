// parity-timeout: 30s
// WebSocket over wss:// against a node:tls server whose CA tls.setDefaultCACertificates trusts:
// open, text and binary echo, close handshake; then an untrusted server: error and 1006.
const tls = require('tls');
const { start } = require('./_server.js');
const c = require('../tls/_certs.js').certs;

tls.setDefaultCACertificates([c.ca]);
(async () => {
  const srv = await start((conn) => {
    conn.onframe((f) => {
      if (f.opcode === 8) { conn.close(1000, 'bye'); conn.socket.end(); return; }
      conn.send(f.opcode, f.payload);
    });
  }, { tls: { key: c.server.key, cert: c.server.cert } });
  const log = [];
  await new Promise((resolve) => {
    const ws = new WebSocket(srv.url);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => { log.push(`open ${ws.url.replace(/:\d+/, ':<port>')} ${ws.protocol === ''}`); ws.send('hello'); ws.send(new Uint8Array([1, 2, 3])); };
    ws.onmessage = (m) => {
      log.push(`message ${typeof m.data === 'string' ? m.data : [...new Uint8Array(m.data)].join(',')}`);
      if (typeof m.data !== 'string') ws.close(1000, 'done');
    };
    ws.onerror = (e) => log.push(`error ${e.message}`);
    ws.onclose = (e) => { log.push(`close ${e.code} ${e.reason} ${e.wasClean}`); resolve(); };
  });
  srv.close();
  const bad = await start(() => {}, { tls: { key: c.self.key, cert: c.self.cert } });
  await new Promise((resolve) => {
    const ws = new WebSocket(bad.url);
    ws.onopen = () => log.push('untrusted open?');
    ws.onerror = (e) => log.push(`untrusted error ${JSON.stringify(e.message)} ${e.error.constructor.name}`);
    ws.onclose = (e) => { log.push(`untrusted close ${e.code} ${e.wasClean}`); resolve(); };
  });
  bad.close();
  console.log(log.join('\n'));
})();
