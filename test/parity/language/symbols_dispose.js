// Checks Symbol.dispose / asyncDispose and iterator [Symbol.dispose].
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('dispose', () => String(Symbol.dispose));
show('asyncDispose', () => Symbol.asyncDispose.description);
show('attrs', () => JSON.stringify(Object.getOwnPropertyDescriptor(Symbol, 'dispose'), (k, v) => typeof v === 'symbol' ? 'sym' : v));
const it = { __proto__: Iterator.prototype, next() { return { done: true }; }, return() { console.log('closed'); return {}; } };
it[Symbol.dispose]();
