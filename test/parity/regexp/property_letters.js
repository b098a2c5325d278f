// Checks \p{L}, \p{Lu}, \p{Ll} literals.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('L words', () => 'héllo wörld 123 日本'.match(/\p{L}+/gu));
show('Lu', () => /\p{Lu}+/u.exec('abcDÉFg')[0]);
show('Ll count', () => 'AbcÉé'.match(/\p{Ll}/gu).length);
show('long name', () => /\p{Letter}/u.test('ж'));
show('gc=', () => /\p{General_Category=Uppercase_Letter}/u.test('Ж'));
show('case-insensitive', () => /\p{Lu}/iu.test('a'));
