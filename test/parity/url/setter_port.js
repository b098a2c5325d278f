// port setter: numbers, strings with trailing junk, defaults, out of range
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const v of ['8080', 80, '', '0', '65535', '65536', '12ab', 'ab', ' 1', '1.5', -1, 443]) {
  const u = new URL('http://a:1/'); u.port = v; console.log(JSON.stringify(v), u.port, u.href);
}
const f = new URL('file:///x'); f.port = '9'; console.log(f.href);
