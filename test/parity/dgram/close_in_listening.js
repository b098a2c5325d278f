// dgram: closing inside 'listening' emits 'close' and no messages.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('listening', () => { console.log('listening'); s.close(); });
s.on('close', () => console.log('close'));
s.on('message', () => console.log('message?'));
s.bind(0, '127.0.0.1');
