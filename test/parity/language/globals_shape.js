// Checks property attributes, lengths and names of the added built-ins.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x ? ('value' in x ? 'data' : 'accessor') + (x.writable ? 'w' : '') + (x.enumerable ? 'e' : '') + (x.configurable ? 'c' : '') : 'missing'; };
const fns = [[Object, 'groupBy'], [Map, 'groupBy'], [Promise, 'withResolvers'], [Promise, 'try'], [Array, 'fromAsync'], [Set.prototype, 'union'], [Set.prototype, 'isDisjointFrom'], [String.prototype, 'isWellFormed'], [String.prototype, 'toWellFormed'], [RegExp, 'escape'], [Math, 'f16round'], [Error, 'isError'], [ArrayBuffer.prototype, 'transfer'], [Iterator, 'from'], [Iterator.prototype, 'map'], [Iterator.prototype, 'toArray'], [DataView.prototype, 'getFloat16']];
for (const [o, k] of fns) console.log(k, d(o, k), o[k].length, o[k].name, String(o[k]), 'prototype' in o[k]);
for (const g of ['Iterator', 'WeakRef', 'FinalizationRegistry', 'SuppressedError', 'DisposableStack', 'AsyncDisposableStack']) {
  const C = globalThis[g];
  console.log(g, d(globalThis, g), C.length, C.name, String(C), d(C, 'prototype'));
}
console.log('detached', d(ArrayBuffer.prototype, 'detached'));
console.log('BigInt.prototype length', Object.hasOwn(BigInt.prototype, 'length'));
console.log('Uint8Array.fromBase64', typeof Uint8Array.fromBase64);
