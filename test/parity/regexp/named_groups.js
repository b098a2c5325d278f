// Checks named groups, $<name> replacements and groups objects.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const m = /(?<year>\d{4})-(?<month>\d{2})/u.exec('on 2024-05');
show('groups', () => m.groups);
show('replace', () => '2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>/$<y>'));
show('replace fn', () => '2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, (...a) => JSON.stringify(a[a.length - 1])));
show('backreference', () => /(?<c>a)\k<c>/.test('aa'));
show('matchAll', () => [...'a1b2'.matchAll(/(?<l>[a-z])(?<d>\d)/g)].map((x) => x.groups.l + x.groups.d));
show('missing group', () => 'x'.replace(/(?<a>x)|(?<b>y)/, '[$<b>]'));
