// Short names of binary properties and script aliases in \p{…}: each must be accepted and mean
// what its long name means (test262 property-escapes/generated uses them).
const pairs = [
  ['CI', 'Case_Ignorable', "'"], ['Bidi_M', 'Bidi_Mirrored', '<'], ['CWCF', 'Changes_When_Casefolded', 'A'],
  ['CWCM', 'Changes_When_Casemapped', 'a'], ['CWKCF', 'Changes_When_NFKC_Casefolded', '\u00a0'],
  ['CWL', 'Changes_When_Lowercased', 'Q'], ['CWT', 'Changes_When_Titlecased', 'q'], ['CWU', 'Changes_When_Uppercased', 'q'],
  ['DI', 'Default_Ignorable_Code_Point', '\u00ad'], ['EBase', 'Emoji_Modifier_Base', '\u261d'],
  ['EComp', 'Emoji_Component', '#'], ['EMod', 'Emoji_Modifier', '\u{1f3fb}'], ['EPres', 'Emoji_Presentation', '\u231a'],
  ['ExtPict', 'Extended_Pictographic', '\u00a9'], ['Gr_Base', 'Grapheme_Base', 'x'], ['Gr_Ext', 'Grapheme_Extend', '\u0300'],
];
for (const [short, long, ch] of pairs) {
  const a = new RegExp(`^\\p{${short}}$`, 'u'), b = new RegExp(`^\\p{${long}}$`, 'u');
  console.log(short, a.test(ch), b.test(ch), a.test('\u0378') === b.test('\u0378'));
}
console.log(/\p{Script=Qaai}/u.test('\u1acf'), /\p{Script=Inherited}/u.test('\u0300'), /\p{scx=Qaac}/u.test('\u00b7'));
console.log(/\p{Script=Unknown}/u.test('\u0378'), /\p{sc=Zzzz}/u.test('a'), /\p{Script_Extensions=Unknown}/u.test('\u{e0000}'));
