// dgram: createSocket(type, listener) adds the listener for 'message'.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4', (m, r) => { console.log('listener', m.toString(), typeof r.port); s.close(); });
console.log(s.listenerCount('message'));
s.bind(0, '127.0.0.1', () => s.send('arg', s.address().port, '127.0.0.1'));
