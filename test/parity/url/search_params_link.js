// URL.searchParams is live: URL changes update it and it updates the URL
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const u = new URL('http://a/?x=1&y=2');
const p = u.searchParams;
console.log(p === u.searchParams, p.get('x'));
u.search = '?z=3';
console.log(p.get('x'), p.get('z'), [...p]);
p.append('w', 'a b');
console.log(u.href);
p.delete('z'); p.delete('w');
console.log(JSON.stringify(u.href), JSON.stringify(u.search));
u.hash = 'h'; p.set('k', 'v'); console.log(u.href);
u.href = 'http://b/?q=9'; console.log(p.get('q'));
const o = new URL('sc:opaque ?x=1'); o.searchParams.delete('x'); console.log(JSON.stringify(o.href));
