// net: listening twice on one port emits EADDRINUSE in a nextTick, with listen's message.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    console.log(e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
    console.log('listening', b.listening);
    a.close();
  });
  b.listen(port, '127.0.0.1');
});
