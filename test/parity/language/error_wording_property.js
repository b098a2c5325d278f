// Checks V8's TypeError for property reads on undefined/null.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('undefined', () => undefined.x);
show('null', () => { const o = null; return o.y; });
show('nested', () => { const o = {}; return o.a.b; });
