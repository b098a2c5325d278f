// parity-flags: --tls-min-v1.1 --tls-min-v1.3 --tls-max-v1.3
// parity-timeout: 30s
// --tls-min-v1.x/--tls-max-v1.x set tls.DEFAULT_MIN_VERSION/DEFAULT_MAX_VERSION (the lowest
// minimum given wins), which contexts and connections then use; cipher strings with an
// "@SECLEVEL=n" command attached ("ALL@SECLEVEL=0") are accepted.
const tls = require('tls');
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, process.execArgv);
for (const ciphers of ['ALL@SECLEVEL=0', 'DEFAULT@SECLEVEL=0', 'HIGH:!aNULL@SECLEVEL=1', 'nonsense@SECLEVEL=0']) {
  try {
    tls.createSecureContext({ ciphers });
    console.log(ciphers, 'ok');
  } catch (e) {
    console.log(ciphers, e.code, e.message);
  }
}
pair({ key: c.server.key, cert: c.server.cert, ciphers: 'ALL@SECLEVEL=0' }, { ca: c.ca, servername: 'localhost', maxVersion: 'TLSv1.3' }, {
  server(s, log) {
    log.push(s.getProtocol());
    s.end();
  },
  client(sock, log) {
    log.push(sock.getProtocol());
  },
});
