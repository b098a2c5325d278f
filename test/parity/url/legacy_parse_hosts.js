// url.parse hosts: IPv6, invalid characters, uppercase, IDN, long hosts
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const s of ['http://[::1]:8000/x', 'http://a b.com/', 'http://EXAMPLE.com/', 'http://\u00e9x.com/', 'http://a_b.c-d+e/', 'http://x.com:/', 'http://' + 'a'.repeat(300) + '/', 'http://a.com%2fb/', 'http://a.com;b/']) {
  try { const u = url.parse(s); console.log(JSON.stringify([u.host, u.hostname, u.port, u.pathname, u.href])); } catch (e) { console.log(s, e.code, e.message); }
}
