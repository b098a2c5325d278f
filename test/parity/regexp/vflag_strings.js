// \q{…} string literals in v-mode classes: longest alternative first, empty string, with other flags.
const show = (re, s) => JSON.stringify([...s.matchAll(re)].map((m) => [m.index, m[0]]));
console.log(show(/[\q{abc|ab|a}]/gv, 'abcabax'));
console.log(show(/[\q{a|ab|abc}x]/gv, 'xabcab'));
console.log(show(/[\q{}a]/gv, 'ba'));
console.log(show(/[\q{abc|def}--\q{abc}]/gv, 'abcdef'));
console.log(show(/[\q{abc|def}&&\q{def|ghi}]/gv, 'abcdefghi'));
console.log(show(/[[a-z]--\q{b|c}]+/gv, 'abcdef'));
console.log(show(/[\q{😀|😀😀}]/gv, '😀😀😀'));
console.log(show(/[\q{\u{1F600}x|\x41}]/gv, '😀xA'));
console.log(/^[\q{ab}c]+$/v.test('abcab'), /^[\q{ab}c]+$/v.test('acb'));
const m = /(?<w>[\q{abc|ab}])(c?)/dv.exec('zzabcc');
console.log(m[0], m.index, m.indices[0], m.indices[1], m.indices[2], m.indices.groups.w, m.groups.w);
console.log('abcab'.replace(/[\q{ab}]/gv, '<$&>'), 'xabyabz'.split(/[\q{ab}]/v));
console.log(/[\q{AB|c}]/vi.exec('xab')[0], /[\q{abc}]/vi.test('ABC'), /[\q{ab|c}]/vi.test('zz'));
console.log(/[\q{a\|b}]/v.test('a|b'), /[\q{a\}}]/v.test('a}'), /[\q{}]/v.exec('x')[0] === '');
