// Checks property escapes matching astral code points.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('math letters', () => '𝒜𝒷c'.match(/\p{L}/gu).length);
show('emoji not letter', () => /\p{L}/u.test('😀'));
show('P{L} emoji', () => /\P{L}/u.test('😀'));
show('So', () => /\p{So}/u.test('😀'));
show('Nd astral', () => /\p{Nd}/u.test('𝟘'));
