// Checks FinalizationRegistry register/unregister results.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const fr = new FinalizationRegistry((h) => console.log('cleanup', h));
const t1 = {}; const t2 = {}; const tok = {};
show('register', () => fr.register(t1, 'one', tok));
show('register again', () => fr.register(t2, 'two', tok));
show('unregister both', () => fr.unregister(tok));
show('unregister non-object', () => fr.unregister(1));
show('tag', () => Object.prototype.toString.call(fr));
show('register receiver', () => FinalizationRegistry.prototype.register.call({}, {}));
