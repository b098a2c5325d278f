// dgram: binding twice throws ERR_SOCKET_ALREADY_BOUND.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  try { s.bind(0); } catch (e) { console.log(e.code, e.message); }
  s.close();
});
try { s.bind(0); } catch (e) { console.log('sync', e.code, e.message); }
