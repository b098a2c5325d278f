// Headers: append/set/get/has/delete, combining, iteration order, getSetCookie, errors
const h = new Headers([['Z', ' 1 '], ['a', '2'], ['Set-Cookie', 'x=1'], ['set-cookie', 'y=2'], ['A', '3']]);
console.log(h);
console.log([...h.keys()], [...h.values()]);
console.log(h.get('a'), h.get('set-cookie'), h.get('missing'), h.has('Z'), h.getSetCookie());
h.set('a', 'only'); h.delete('z'); h.append('cookie', 'c=1'); h.append('cookie', 'd=2');
console.log([...h.entries()]);
const seen = []; h.forEach((v, k, o) => seen.push(k + '=' + v + (o === h))); console.log(seen);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } };
t(() => new Headers({ 'a b': 'x' }));
t(() => new Headers({ a: 'x\ny' }));
t(() => new Headers([['a']]));
t(() => new Headers(5));
t(() => h.get('bad name'));
t(() => h.append('a'));
t(() => Headers.prototype.get.call({}, 'a'));
t(() => Response.error().headers.set('a', 'b'));
t(() => new Headers({ 'x': '\u0100' }));
console.log(Object.prototype.toString.call(h), Object.prototype.toString.call(h.entries()), h.entries());
