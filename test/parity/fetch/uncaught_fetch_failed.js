// an unhandled fetch failure as the process prints it
const net = require('net');
const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(() => { fetch('foo://bar/'); });
});
