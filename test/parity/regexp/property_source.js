// Checks source, toString and flags keep the pattern as written.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const re = /\p{Lu}[\p{Ll}\d]*/gu;
show('source', () => re.source);
show('toString', () => String(re));
show('flags', () => re.flags);
show('ctor source', () => new RegExp('\\P{L}', 'u').source);
