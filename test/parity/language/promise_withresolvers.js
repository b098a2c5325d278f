// Checks Promise.withResolvers.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const { promise, resolve, reject } = Promise.withResolvers();
show('keys', () => Object.keys(Promise.withResolvers()));
promise.then((v) => console.log('resolved', v));
resolve(42);
show('non-object', () => Promise.withResolvers.call(5));
show('non-constructor', () => Promise.withResolvers.call({}));
class P extends Promise {}
show('subclass', () => P.withResolvers().promise instanceof P);
