// Checks Promise.withResolvers rejection and ordering.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const a = Promise.withResolvers();
const b = Promise.withResolvers();
a.promise.then((v) => console.log('a', v));
b.promise.catch((e) => console.log('b rejected', e.message));
b.reject(new Error('nope'));
a.resolve('yes');
a.resolve('ignored');
console.log('sync end');
