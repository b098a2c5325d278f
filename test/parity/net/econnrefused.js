// net: connecting to a closed port emits ECONNREFUSED with Node's message and fields.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (e) => {
      console.log(e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
    });
    c.on('close', (hadError) => console.log('close', hadError, c.destroyed, c.readyState));
  });
});
