// dgram: bindSync() returns the address at once and emits 'listening' on the next tick.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('listening', () => { console.log('listening'); s.close(); });
const a = s.bindSync({ address: '127.0.0.1' });
console.log('bindSync', a.address, a.family, typeof a.port);
try { s.bindSync(); } catch (e) { console.log(e.code); }
const t = dgram.createSocket('udp4');
try { t.bindSync({ address: 'localhost' }); } catch (e) { console.log(e.code, e.message); }
t.close();
