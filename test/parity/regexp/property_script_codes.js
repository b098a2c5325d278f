// Checks script names and ISO codes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('Latn', () => /\p{sc=Latn}/u.test('a'));
show('Han', () => /\p{Script=Han}/u.test('字'));
show('Hani', () => /\p{sc=Hani}/u.test('字'));
show('Arabic', () => /\p{Script=Arabic}/u.test('ع'));
show('Hebr', () => /\p{sc=Hebr}/u.test('א'));
show('Common', () => /\p{sc=Zyyy}/u.test('1'));
show('Inherited', () => /\p{Script=Inherited}/u.test('\u0301'));
