// searchParams with special characters round trip through the URL
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const u = new URL('http://a/');
u.searchParams.set('q', 'a b&c=d+e/é');
console.log(u.search, u.searchParams.get('q'));
u.search = '?q=a%20b+c';
console.log(u.searchParams.get('q'));
u.searchParams.append('x', '');
console.log(u.href);
