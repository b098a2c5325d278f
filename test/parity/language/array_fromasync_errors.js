// Checks Array.fromAsync rejections.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
(async () => {
  for (const [label, f] of [
    ['throwing iterator', () => Array.fromAsync({ [Symbol.iterator]() { throw new Error('iter'); } })],
    ['rejected element', () => Array.fromAsync([Promise.reject(new Error('elem'))])],
    ['mapper throws', () => Array.fromAsync([1], () => { throw new Error('map'); })],
  ]) {
    try { await f(); console.log(label, 'resolved'); } catch (e) { console.log(label, e.message); }
  }
  class C { constructor(n) { this.made = n; } }
  const r = await Array.fromAsync.call(C, [1, 2]);
  console.log('custom ctor', r instanceof C, r.length, r[0], r[1]);
})();
