// parity-timeout: 30s
// An https server closing with keep-alive connections open: close() drops idle ones at once,
// closeAllConnections() the rest; the agent's sockets see it.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => res.end('ok'));
srv.listen(0, '127.0.0.1', () => {
  const agent = new https.Agent({ keepAlive: true });
  // Wait for the agent's 'free' rather than the response's end: the request's own 'finish'
  // (which frees the socket) may come after the response when the machine is loaded.
  agent.once('free', () => {
    setImmediate(() => {
      const name = Object.keys(agent.freeSockets)[0];
      const sock = agent.freeSockets[name][0];
      console.log('free sockets', agent.freeSockets[name].length, sock.encrypted);
      sock.on('close', () => console.log('agent socket closed'));
      srv.close(() => { console.log('server closed'); agent.destroy(); });
    });
  });
  https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, agent }, (res) => res.resume());
});
