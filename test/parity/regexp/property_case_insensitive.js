// Checks property escapes with the i flag.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('Ll i', () => /^\p{Ll}+$/iu.test('ABC'));
show('Lu i', () => /^\p{Lu}+$/iu.test('abc'));
show('Greek i', () => /\p{Script=Greek}/iu.test('Ω'));
show('negated i', () => /\P{Lu}/iu.test('A'));
