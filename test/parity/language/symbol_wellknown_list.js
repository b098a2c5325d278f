// Checks the well-known symbols on Symbol.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const names = Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === 'symbol').sort();
console.log(names.join(' '));
for (const k of ['dispose', 'asyncDispose', 'iterator']) console.log(k, String(Symbol[k]), Symbol.keyFor(Symbol[k]));
