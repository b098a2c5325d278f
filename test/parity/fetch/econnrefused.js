// fetch to a closed port: TypeError fetch failed with the connect error as cause
const net = require('net');
const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(async () => {
    try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) {
      console.log(e.name, e.message, e.stack);
      const c = e.cause;
      console.log(c.name, c.message.replace(String(port), 'PORT'), c.errno, c.code, c.syscall, c.address, c.port === port);
      console.log(Object.keys(c));
    }
  });
});
