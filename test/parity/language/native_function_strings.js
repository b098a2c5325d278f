// Checks added built-ins print as native code.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const f of [Object.groupBy, Promise.try, Set.prototype.union, Iterator, Iterator.prototype.map, WeakRef, FinalizationRegistry, DisposableStack, RegExp.escape, String.prototype.isWellFormed]) {
  console.log(String(f));
}
show('not constructors', () => new Object.groupBy());
show('no prototype', () => Object.hasOwn(Iterator.prototype.map, 'prototype'));
