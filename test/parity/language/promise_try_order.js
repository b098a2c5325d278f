// Checks Promise.try calls the callback synchronously.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
console.log('before');
const p = Promise.try(() => { console.log('inside'); return 'v'; });
console.log('after', p instanceof Promise);
p.then((v) => console.log('then', v));
Promise.try(async () => 'async result').then((v) => console.log('async', v));
