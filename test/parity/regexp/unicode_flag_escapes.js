// Checks \u{…} escapes and surrogate handling under u.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('u{61}', () => /\u{61}/u.test('a'));
show('u{61} without u', () => /\u{61}/.test('a'));
show('class astral range', () => /[\u{1F600}-\u{1F64F}]/u.test('😃'));
show('surrogate pair literal', () => /^[😀]$/u.test('😀'));
show('non-u surrogate class', () => /^[😀]$/.test('😀'));
