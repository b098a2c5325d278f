// Getters, setters and methods called on several URLs and URLSearchParams in turn, on
// subclasses, through borrowed accessors, and on look-alike objects
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const a = new URL('https://a.example/x?one=1');
const b = new URL('http://b.example:8080/y#h');
const get = (k) => Object.getOwnPropertyDescriptor(URL.prototype, k).get;
for (const k of ['href', 'host', 'pathname', 'search', 'hash', 'port', 'origin']) {
  show(() => [get(k).call(a), get(k).call(b), get(k).call(a)].join(' | '));
}
class Sub extends URL {
  #tag = 'sub';
  get tag() { return this.#tag; }
  get host() { return 'overridden:' + super.host; }
}
const s = new Sub('/rel', 'https://base.example/dir/');
show(() => [s.href, s.host, s.tag, s instanceof URL, s instanceof Sub, Sub.name, String(s)].join(' | '));
show(() => JSON.stringify({ s }));
const fake = Object.create(URL.prototype);
for (const k of ['href', 'host', 'searchParams', 'search', 'origin']) show(() => fake[k]);
show(() => String(fake));
show(() => get('href').call(1));
show(() => get('href').call(undefined));
show(() => Object.getOwnPropertyDescriptor(URL.prototype, 'pathname').set.call({}, '/x'));
show(() => Object.getOwnPropertyDescriptor(URL.prototype, 'pathname').set.call(a, { toString() { return '/from-object'; } }) ?? a.href);
show(() => { a.search = Symbol('s'); });
show(() => { a.href = Symbol('s'); });
show(() => { a.href = 'not a url'; });
show(() => a.href);
const p = new URLSearchParams('k=1&k=2&z=3');
const q = new URLSearchParams({ q: 'x' });
const m = URLSearchParams.prototype;
show(() => [m.get.call(p, 'k'), m.get.call(q, 'q'), m.get.call(p, 'z'), m.getAll.call(p, 'k').join()].join(' | '));
show(() => m.get.call(Object.create(m), 'k'));
show(() => m.append.call(p, Symbol('x'), 'v'));
show(() => m.get.call(p, { toString() { return 'k'; } }));
show(() => [p.has('k', undefined), p.has('k', '2'), p.has('k', 3), p.size].join());
p.delete('k', '1');
show(() => p.toString());
class SubParams extends URLSearchParams { constructor() { super('?a=1'); this.x = 1; } }
const sp = new SubParams();
sp.append('b', '2');
show(() => [sp.toString(), sp.x, sp.size, sp instanceof URLSearchParams].join(' | '));
