// net: listen with an AbortSignal closes the server when aborted.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const ac = new AbortController();
const s = net.createServer();
s.on('close', () => console.log('closed'));
s.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  console.log('listening');
  ac.abort();
});
