// Checks V8's TypeError for calling a non-function.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('property', () => { const o = {}; return o.foo(); });
show('variable', () => { const f = 5; return f(); });
show('new', () => { const X = 1; return new X(); });
