// url.format of legacy objects: host vs hostname/port, query objects, escapes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
const cases = [
  { protocol: 'http', host: 'a.com', pathname: '/x y', query: { a: 1, b: [2, 3] }, hash: 'h' },
  { protocol: 'https:', hostname: 'b.com', port: 8080, pathname: 'p', search: 'q=1' },
  { protocol: 'mailto', pathname: 'a@b.c' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:', host: '', pathname: 'x' },
  { hostname: '::1', port: 80 },
  { pathname: '/a#b?c', search: '?d#e' },
  { protocol: 'http', auth: 'u s:p@x', host: 'h' },
  { slashes: true, host: 'h', pathname: 'noslash' },
  { protocol: 'javascript', pathname: 'alert(1)' },
  {},
];
for (const c of cases) console.log(JSON.stringify(url.format(c)));
console.log(url.format('http://a.com/x?y#z'));
console.log(url.format(url.parse('http://u:p@h:1/p?q#f')));
