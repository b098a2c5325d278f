// Checks V8's texts for reference and binding errors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('not defined', () => notDefinedAnywhere);
show('const assignment', () => { const c = 1; c = 2; });
show('tdz', () => { x; let x = 1; });
show('not iterable', () => { const [a] = 5; });
show('class call', () => { class K {} return K(); });
