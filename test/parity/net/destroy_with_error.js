// net: destroy(err) emits 'error' then 'close' with hadError true.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.destroy(new Error('boom')));
  c.on('error', (e) => console.log('error', e.message));
  c.on('close', (hadError) => { console.log('close', hadError, c.destroyed); server.close(); });
});
