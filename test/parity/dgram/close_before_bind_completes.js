// dgram: close() right after bind() for a literal address: no 'listening', only 'close'.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('listening', () => console.log('listening?'));
s.on('close', () => console.log('close'));
s.bind(0, '127.0.0.1');
s.close();
