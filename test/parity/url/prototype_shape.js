// The shape of URL and URLSearchParams as Node has it: own keys (symbols included) of the
// classes, prototypes and instances, accessor and method descriptors, function names and lengths
'use strict';
const show = (label, v) => console.log(label, JSON.stringify(v));
const describe = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  const out = {};
  for (const f of ['enumerable', 'configurable', 'writable']) if (f in d) out[f] = d[f];
  for (const f of ['get', 'set', 'value']) {
    if (typeof d[f] === 'function') out[f] = `${d[f].name}/${d[f].length}/${Object.hasOwn(d[f], 'prototype')}`;
    else if (f in d) out[f] = typeof d[f] === 'symbol' ? String(d[f]) : d[f];
  }
  return out;
};
for (const [name, C] of [['URL', URL], ['URLSearchParams', URLSearchParams]]) {
  show(`${name} keys`, Reflect.ownKeys(C).map(String));
  show(`${name} length`, C.length);
  show(`${name}.prototype keys`, Reflect.ownKeys(C.prototype).map(String));
  for (const k of Reflect.ownKeys(C.prototype)) show(`  ${name}.prototype[${String(k)}]`, describe(C.prototype, k));
  for (const k of Reflect.ownKeys(C)) if (typeof C[k] === 'function') show(`  ${name}.${String(k)}`, describe(C, k));
}
const u = new URL('https://example.org/a?b=c#d');
show('url own keys', Reflect.ownKeys(u).map(String));
show('params own keys', Reflect.ownKeys(u.searchParams).map(String));
show('url proto chain', [Object.getPrototypeOf(u) === URL.prototype, Object.getPrototypeOf(URL.prototype) === Object.prototype]);
show('toStringTag', [Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams), Object.prototype.toString.call(u.searchParams.keys())]);
show('keys in for-in', (() => { const ks = []; for (const k in u) ks.push(k); return ks; })());
show('params for-in', (() => { const ks = []; for (const k in u.searchParams) ks.push(k); return ks; })());
u.extra = 1;
Object.defineProperty(u, 'hidden', { value: 2 });
show('own props on a URL', [Object.keys(u), u.extra, u.hidden, JSON.stringify(u)]);
Object.freeze(u);
show('frozen URL still works', [Object.isFrozen(u), u.href, u.host]);
u.pathname = '/changed';
show('setters act on the record, not own properties', u.href);
