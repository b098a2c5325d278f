// URL and URLSearchParams accessors and methods called on undefined, null and primitives
'use strict';
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
const receivers = [undefined, null, 1, 'https://a/', Symbol('s')];
for (const k of ['toString', 'href', 'origin', 'protocol', 'username', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  for (const r of receivers) {
    if (d.get) show(`get ${k} ${String(r)}`, () => d.get.call(r));
    if (d.set) show(`set ${k} ${String(r)}`, () => d.set.call(r, 'x'));
    if (d.value) show(`${k} ${String(r)}`, () => d.value.call(r));
  }
}
for (const k of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, k);
  for (const r of receivers) {
    if (d.get) show(`get ${k} ${String(r)}`, () => d.get.call(r));
    else show(`${k} ${String(r)}`, () => d.value.call(r, 'a', 'b'));
  }
}
