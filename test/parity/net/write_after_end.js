// net: write after end gives ERR_STREAM_WRITE_AFTER_END through the callback and 'error'.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end();
    c.write('late', (err) => console.log('cb', err.code));
  });
  c.on('error', (e) => console.log('error', e.code, e.message));
  c.on('close', () => server.close());
});
