// Checks Array.fromAsync over async iterables, sync iterables, array-likes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
async function* gen() { yield 1; yield 2; }
(async () => {
  console.log('async gen', await Array.fromAsync(gen()));
  console.log('promises', await Array.fromAsync([Promise.resolve(1), 2]));
  console.log('mapped', await Array.fromAsync([1, 2], (x) => x * 10));
  console.log('array-like', await Array.fromAsync({ length: 2, 0: 'a', 1: 'b' }));
  try { await Array.fromAsync([1], 5); } catch (e) { console.log('bad mapfn', e.constructor.name, e.message); }
  console.log('length', Array.fromAsync.length);
})();
