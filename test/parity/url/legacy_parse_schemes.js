// url.parse on javascript:, mailto:, file:, custom schemes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const s of ['javascript:alert("x y")', 'mailto:a@b.c?subject=hi', 'file:///etc/passwd', 'file://host/x', 'file:x', 'xmpp:user@host', 'git+ssh://git@github.com:a/b', 'HTTP://A', 'x:/y', 'data:text/plain,hi'])
  { const u = url.parse(s); console.log(JSON.stringify([u.protocol, u.slashes, u.host, u.pathname, u.path, u.href])); }
