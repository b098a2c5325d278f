// parity-timeout: 30s
// tls.createServer and TLSSocket argument checks, server-side setServername, addContext without
// a name, ticket keys.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const t = (name, f) => {
  try { const r = f(); console.log(name, 'ok', typeof r); } catch (e) { console.log(name, e.name, e.code, e.message); }
};
t('options string', () => tls.createServer('x'));
t('SNICallback', () => tls.createServer({ SNICallback: 5 }));
t('handshakeTimeout', () => tls.createServer({ handshakeTimeout: 'x' }));
t('no options', () => tls.createServer());
t('listener only', () => tls.createServer(() => {}));
const srv = tls.createServer({ key: c.server.key, cert: c.server.cert });
t('addContext', () => srv.addContext('', {}));
t('keys', () => srv.getTicketKeys().length);
t('setTicketKeys short', () => srv.setTicketKeys(Buffer.alloc(5)));
t('setTicketKeys', () => srv.setTicketKeys(Buffer.alloc(48, 1)));
console.log(srv.getTicketKeys().length);
t('server Server()', () => tls.Server({}) instanceof tls.Server);
const s = new tls.TLSSocket(null, { isServer: true, secureContext: tls.createSecureContext(c.server) });
t('setServername on server', () => s.setServername('x'));
t('setServername number', () => new tls.TLSSocket().setServername(5));
s.destroy();
t('invalid secureContext', () => new tls.TLSSocket(null, { secureContext: {} }));
console.log(typeof srv.listen, srv instanceof require('net').Server, srv.requestCert, srv.rejectUnauthorized);
