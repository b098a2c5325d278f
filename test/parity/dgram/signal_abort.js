// dgram: an AbortSignal closes the socket.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', () => console.log('closed by signal'));
s.bind(0, '127.0.0.1', () => {
  console.log('listening');
  ac.abort();
});
