// parity-timeout: 30s
// https.Agent and globalAgent: defaults, getName with TLS options, and session cache limits.
const https = require('https');
const http = require('http');
const g = https.globalAgent;
console.log(g instanceof https.Agent, g instanceof http.Agent, g.defaultPort, g.protocol, g.keepAlive, g.maxCachedSessions, g.options.timeout, g.scheduling);
const a = new https.Agent({ maxCachedSessions: 1 });
console.log(a.defaultPort, a.protocol, a.maxCachedSessions, a.keepAlive);
console.log(JSON.stringify(a.getName({ host: 'h', port: 443 })));
console.log(JSON.stringify(a.getName({ host: 'h', port: 443, ca: 'CA', cert: 'C', key: 'K', ciphers: 'X', rejectUnauthorized: false, servername: 's', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', sigalgs: ['a'], secureOptions: 0, honorCipherOrder: true })));
console.log(JSON.stringify(a.getName({ host: 'h', servername: 'h' })));
console.log(JSON.stringify(a.getName()));
a._cacheSession('k1', Buffer.from('s1'));
a._cacheSession('k2', Buffer.from('s2'));
console.log(a._sessionCache.list, Object.keys(a._sessionCache.map), String(a._getSession('k2')), a._getSession('k1'));
a._evictSession('k2');
console.log(a._sessionCache.list, a._getSession('k2'));
const z = new https.Agent({ maxCachedSessions: 0 });
z._cacheSession('k', Buffer.from('x'));
console.log(z._sessionCache.list.length);
console.log(https.Agent === https.globalAgent.constructor, typeof https.request, typeof https.get, typeof https.createServer, typeof https.Server);
console.log(Object.keys(https).sort().join(' '));
