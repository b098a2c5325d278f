// Checks WeakRef and FinalizationRegistry: API and errors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const o = {};
const r = new WeakRef(o);
show('deref', () => r.deref() === o);
show('tag', () => Object.prototype.toString.call(r));
show('invalid', () => new WeakRef(5));
show('call', () => WeakRef({}));
const fr = new FinalizationRegistry(() => {});
const tok = {};
fr.register({}, 'held', tok);
show('unregister', () => fr.unregister(tok));
show('unregister again', () => fr.unregister(tok));
show('bad cleanup', () => new FinalizationRegistry(5));
show('bad target', () => fr.register(5));
show('bad token', () => fr.register({}, 1, 5));
show('same held', () => { const t = {}; return fr.register(t, t); });
