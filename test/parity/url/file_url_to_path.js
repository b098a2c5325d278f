// fileURLToPath on posix: decoding, hosts, strings and URL objects
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const { fileURLToPath } = require('url');
for (const s of ['file:///a/b', 'file:///a%20b/%C3%A9', 'file://localhost/x', 'file:///a/b?q#h', 'file:///%E2%98%83', 'file:///a%5Cb', 'file:///a/%FF'])
  console.log(JSON.stringify(fileURLToPath(s)), JSON.stringify(fileURLToPath(new URL(s))));
console.log(fileURLToPath('file:///C:/a/b', { windows: true }), fileURLToPath('file://srv/share/x', { windows: true }));
