// Emits the properties of strings (the v flag's \p{RGI_Emoji} & co.) as V8 has them. V8 cannot
// list a property's strings, so candidates are made (every code point, code point + U+FE0F,
// keycaps, regional-indicator pairs, modifier sequences, the tag sequences) or read from
// test262's generated property-escape tests (the ZWJ sequences), and each is kept only if the
// reference node matches it.
//
//   node internal/uniprops/gen/gen_strings.js <test262>/test/built-ins/RegExp/property-escapes/generated/strings internal/uniprops/strprops.txt
const fs = require('fs');
const path = require('path');
const [dir, out] = process.argv.slice(2);
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join('.');
const fromT262 = (name) => {
  const text = fs.readFileSync(path.join(dir, name + '.js'), 'utf8');
  const m = /matchStrings: (\[[\s\S]*?\])/.exec(text);
  return m ? eval(m[1]) : [];
};
const cps = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) cps.push(String.fromCodePoint(cp));
const emoji = cps.filter((c) => /\p{Emoji}/u.test(c));
const bases = cps.filter((c) => /\p{Emoji_Modifier_Base}/u.test(c));
const ri = [];
for (let cp = 0x1f1e6; cp <= 0x1f1ff; cp++) ri.push(String.fromCodePoint(cp));
const candidates = {
  Basic_Emoji: [...cps, ...emoji.map((c) => c + '\ufe0f')],
  Emoji_Keycap_Sequence: [...'#*0123456789'].map((c) => c + '\ufe0f\u20e3'),
  RGI_Emoji_Flag_Sequence: ri.flatMap((a) => ri.map((b) => a + b)),
  RGI_Emoji_Modifier_Sequence: bases.flatMap((b) => [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map((m) => b + String.fromCodePoint(m))),
  RGI_Emoji_Tag_Sequence: fromT262('RGI_Emoji_Tag_Sequence'),
  RGI_Emoji_ZWJ_Sequence: fromT262('RGI_Emoji_ZWJ_Sequence'),
};
const lines = [];
for (const [name, list] of Object.entries(candidates)) {
  const re = new RegExp(`^\\p{${name}}$`, 'v');
  const singles = [];
  const strings = [];
  for (const s of new Set(list)) {
    if (!re.test(s)) continue;
    if ([...s].length === 1) singles.push(s.codePointAt(0)); else strings.push(hex(s));
  }
  const rs = [];
  for (const cp of singles.sort((a, b) => a - b)) {
    const last = rs[rs.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp; else rs.push([cp, cp]);
  }
  const ranges = rs.map(([a, b]) => (a === b ? a.toString(16) : a.toString(16) + '-' + b.toString(16)));
  lines.push(name + ' ' + [...ranges, '|', ...strings].join(' '));
}
// every RGI_Emoji string must be in one of the six
const all = new RegExp('^[' + Object.keys(candidates).map((n) => `\\p{${n}}`).join('') + ']$', 'v');
const rgi = /^\p{RGI_Emoji}$/v;
for (const s of Object.values(candidates).flat()) {
  if (rgi.test(s) !== all.test(s)) throw new Error('RGI_Emoji differs from the union at ' + hex(s));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
