// Checks property escapes through the RegExp constructor.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('new RegExp', () => new RegExp('\\p{Lu}+', 'u').exec('abCD')[0]);
show('RegExp()', () => RegExp('\\p{Ll}', 'gu').test('x'));
show('without u', () => new RegExp('\\p{L}').test('p{L}'));
class R extends RegExp {}
show('subclass', () => new R('\\p{Ll}', 'u').test('a') + ' ' + (new R('a') instanceof R));
show('constructor', () => /a/.constructor === RegExp);
show('RegExp shape', () => RegExp.length + ' ' + RegExp.name);
