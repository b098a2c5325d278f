// Checks DisposableStack disposes in reverse order, once.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const s = new DisposableStack();
for (const n of [1, 2, 3]) s.defer(() => console.log('dispose', n));
s[Symbol.dispose]();
s.dispose();
show('disposed', () => s.disposed);
show('use null', () => new DisposableStack().use(null));
show('use no method', () => new DisposableStack().use({}));
