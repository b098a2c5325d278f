// parity-timeout: 30s
// A TLS server echoes what the client writes; each side's events in order, then close.
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');
pair({ key: c.server.key, cert: c.server.cert }, { ca: c.ca, servername: 'localhost' }, {
  server(s, log) {
    s.on('data', (d) => { log.push(`data ${d}`); s.write(`echo:${d}`); });
    s.on('end', () => { log.push('end'); s.end(); });
  },
  client(c, log) {
    log.push(`authorized ${c.authorized} ${c.authorizationError} encrypted ${c.encrypted}`);
    c.write('hello');
    c.on('data', (d) => { log.push(`data ${d}`); c.end(); });
    c.on('end', () => log.push('end'));
  },
});
