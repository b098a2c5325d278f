// v-mode SyntaxErrors, with V8's texts.
const patterns = ['[a-z&&]', '[&&a]', '[a&&&b]', '[a--]', '[a-z--b]', '[a-z&&b]', '[a&&b--c]', '[a--b&&c]', '[a|]', '[(]', '[)]',
  '[{]', '[}]', '[/]', '[-]', '[a-]', '[a!!b]', '[a##]', '[a..b]', '[^^^]', '[^\\q{ab}]', '[^\\p{RGI_Emoji}]', '[^[\\q{ab}--\\q{ab}]]',
  '\\P{RGI_Emoji}', '[\\P{RGI_Emoji}]', '\\q{a}', '[\\q{a]', '[\\q{[}]', '[\\q{a-b}]', '[z-a]', '[a-\\d]', '[\\d-z]', '[\\d-]',
  '[a-z-]', '[a-b-c]', '[a-\\q{b}]', '[[a]-b]', '[[a-z]', '[a]]', ']', '{', '}', 'a{', 'a{2,1}', '{1}', 'a**', '(?=a)*',
  '\\-', '\\&', '[\\q]', '[\\_]', '[\\a]', '[\\B]', '[\\01]', '[\\1]', '[\\8]', '\\2(a)', '\\k<a>', '\\c', '[\\c1]',
  '[\\x4]', '[\\u12]', '[\\u{}]', '\\u{110000}', '\\p{Foo}', '[\\p{Foo}]', '\\p{L', '[\\p]', '(a', 'a)', '[&&&]', '[a---b]'];
for (const p of patterns) {
  try {
    new RegExp(p, 'v');
    console.log(JSON.stringify(p), 'compiles');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
for (const [p, f] of [['[a&&&b]', 'dgv'], ['[a-z&&]', 'vi'], ['[(]', 'yv']]) {
  try { new RegExp(p, f); } catch (e) { console.log(e.message); }
}
// valid v syntax that u mode rejects, and the reverse
for (const p of ['[\\-]', '[\\&]', '[\\!]', '[&]', '[a&]', '[a--b--c]', '[a&&b&&c]', '[\\q{}]', '[^\\q{a|b}]', '[a-bc-d]']) {
  console.log(JSON.stringify(p), new RegExp(p, 'v').test('a'));
}
