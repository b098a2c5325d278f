// net: pausing the server socket holds back 'data' and 'end' until resume.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  let chunks = 0;
  s.on('data', (d) => {
    chunks++;
    console.log('data', d.toString());
    if (chunks === 1) {
      s.pause();
      console.log('paused', s.isPaused());
      s.write('ack');
      setTimeout(() => { console.log('resuming, chunks', chunks); s.resume(); }, 50);
    }
  });
  s.on('end', () => { console.log('end'); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('a'));
  c.once('data', () => c.end('b'));
  c.resume();
});
