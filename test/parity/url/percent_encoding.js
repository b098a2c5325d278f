// which characters each component percent-encodes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const all = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\u2603\ud83d\ude00\x01\x7f';
const u = new URL('http://h/');
u.pathname = all; console.log(u.pathname);
u.search = all; console.log(u.search);
u.hash = all; console.log(u.hash);
u.username = all; console.log(u.username);
const s = new URL('sc://h/'); s.search = all; console.log(s.search);
console.log(new URL('http://h/\ud800x').pathname);
