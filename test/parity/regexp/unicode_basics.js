// Checks u flag: astral characters, \u{…}, lastIndex advance.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('dot astral', () => /^.$/u.test('😀'));
show('dot non-u', () => /^.$/.test('😀'));
show('code point escape', () => /\u{1F600}/u.test('😀'));
show('split', () => '😀a😀'.split(/(?:)/u).length);
show('sticky', () => { const r = /a/y; r.lastIndex = 1; return r.test('ba'); });
show('dotAll', () => /a.b/s.test('a\nb'));
show('lookbehind', () => 'price: $42'.match(/(?<=\$)\d+/)[0]);
