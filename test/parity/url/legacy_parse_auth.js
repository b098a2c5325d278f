// url.parse auth: decoding, several @ signs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const s of ['http://u%20ser:p%40ss@h/', 'http://a@b@c/', 'http://@h/', 'http://u:@h/', 'mailto:user@example.com', 'http://a:b@/x'])
  { const u = url.parse(s); console.log(JSON.stringify([u.auth, u.host, u.pathname, u.href])); }
