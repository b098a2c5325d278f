// Checks WeakRef identity and several refs to one target.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const t = { name: 't' };
const a = new WeakRef(t);
const b = new WeakRef(t);
show('same target', () => a.deref() === b.deref());
show('distinct refs', () => a !== b);
show('deref receiver', () => WeakRef.prototype.deref.call({}));
show('function target', () => new WeakRef(function f() {}).deref().name);
