// Messages of common engine errors, caught and printed.
const tries = [
  () => null.x,
  () => undefined.y,
  () => (void 0)(),
  () => ({}).f(),
  () => x.y.z,
  () => new (class A { #p; static has(o) { return o.#p; } }).constructor.has({}),
  () => JSON.parse('{bad'),
  () => new Array(-1),
  () => (1).toFixed(200),
  () => 'abc'.repeat(-1),
  () => BigInt(1.5),
  () => 1n + 1,
  () => Symbol() + '',
  () => { const c = 1; c = 2; },
  () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; },
  () => new Proxy({}, { get() { throw new Error('trap'); } }).x,
  () => decodeURIComponent('%'),
  () => structuredClone(() => {}),
];
for (const t of tries) {
  try {
    t();
    console.log('no throw');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
