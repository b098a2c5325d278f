// Checks property escapes inside lookbehind and lookahead.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('lookbehind', () => 'x1 é2 3'.match(/(?<=\p{L})\d/gu));
show('lookahead', () => 'ab1 c'.match(/\p{L}(?=\d)/gu));
show('negative lookahead', () => 'ab1'.match(/\p{L}(?!\d)/gu));
