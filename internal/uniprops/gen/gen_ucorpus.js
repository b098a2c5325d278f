// A corpus for TestUCorpus: hand-picked and random u-mode patterns with the reference node's
// verdict. node gen_ucorpus.js OUT.jsonl (run with Node v24.21.0).
const fs = require('fs');
const hand = ['\\q', '{', '}', ']', 'a{', 'a{1', 'a{1,', 'a{2,1}', '\\-', '[\\-]', '[\\b]', '\\b', '[\\d-a]', '[a-\\d]', '[z-a]', '[\\&]', '[\\1]', '\\1', '(a)\\1', '\\2(a)(b)',
  '(?<a>x)\\k<b>', '\\k<a>', '\\k', '\\c', '\\c1', '[\\c1]', '\\x4', '\\u12', '\\u{110000}', '\\u{}', '\\00', '\\0', '\\01', '[\\0]', '[\\01]', '\\p{Foo}', '[\\p{Foo}]', '\\p{RGI_Emoji}', '\\P{L}', '[\\P{L}-a]',
  '(?=a)*', '(?<=a)?', '(?!a){2}', 'a**', 'a{2}{3}', '^*', '$+', '\\b*', '[', '[^', '[a', '(', ')', '(?', '(?:', '(?<', '(?<>a)', '(?<a>x)(?<a>y)', '\\u{1F600}', '[\\u{1F600}-\\u{1F64F}]', '[😀-😎]', '.', '\\/', '/',
  '\\a', '\\e', '\\g', '\\i', '\\y', '\\z', '\\_', '\\ ', '\\,', '\\#', '[\\_]', '[\\,]', '\\s\\S\\w\\W\\d\\D', '[\\s-\\S]', '[--a]', '[a--]', '[-]', '[a-]', '[-a]', '[a-b-c]', '(?i:a)', '(?-i:a)', '(?i-i:a)', '(?x:a)', '\\k<a>(?<a>b)',
  '[\\]]', '[]]', '[^]', '[]', 'a|*', '|', '(|)', '\\u{10FFFF}', '\\uD83D\\uDE00', '[\\uD83D\\uDE00-\\uD83D\\uDE4F]', '\\cJ', '[\\cJ]', '\\c_', '[\\c_]',
  '(?=a){', '(?=a){1', '(?-:a)', '(?ii:a)', '(?i-s:a)', '(?-ii:a)', '(?i-:a)', '(?:)', '(?<a>x)|(?<a>y)', '(?:(?<a>x)|(?<a>y))(?<a>z)', '(?<a>(?<a>x))', '((?<a>x)|(?<b>y))|(?<a>z)', '(?<a>x)(?<a>y)\\q', '(?<a>x)(?<a>y)('];
const atoms = ['a', 'b', 'z', '-', '[', ']', '[^', '\\p{L}', '\\P{Lu}', '\\p{Script=Greek}', '\\p{Foo}', '\\d', '\\w', '^', '|', '(', ')', '{', '}', '\\-', '\\&', 'a-z', '\\u{1F600}', '😀', '.', '\\b', '\\B', '\\', '\\x41', '\\c', '\\cA', '*', '+', '?', '{2}', '{1,', '{1,2}', '(?=', '(?<=', '(?!', '(?<n>', '\\k<n>', '\\1', '\\2', '$', '\\0', '\\q', '\\/', '\\u0041', '\\uD83D', '\\uDE00', '(?:'];
let seed = 424242;
const rnd = (n) => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; };
const pats = new Set(hand);
while (pats.size < hand.length + 2500) {
  let p = rnd(3) ? '' : '[';
  const n = 1 + rnd(6);
  for (let i = 0; i < n; i++) p += atoms[rnd(atoms.length)];
  if (p.startsWith('[') && rnd(4)) p += ']';
  pats.add(p);
}
const out = [];
for (const p of pats) {
  let v;
  try { new RegExp(p, 'u'); v = 'ok'; } catch (e) { v = e.message.slice(('Invalid regular expression: /' + p + '/u: ').length); }
  out.push(JSON.stringify([p, v]));
}
fs.writeFileSync(process.argv[2], out.join('\n') + '\n');
