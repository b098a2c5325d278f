// A corpus for TestVCorpus: hand-picked (hand.json) and random v patterns with the reference
// node's verdict. node gen_vcorpus.js (paths inside), then head -1500 into testdata/vcorpus.jsonl.
const fs = require('fs');
const hand = JSON.parse(fs.readFileSync('/tmp/regexpv/vt/hand.json', 'utf8'));
const atoms = ['a', 'b', 'z', '-', '--', '&&', '&', '[', ']', '[^', '\\q{ab|c}', '\\q{a}', '\\p{L}', '\\P{Lu}', '\\p{RGI_Emoji}', '\\d', '\\w', '^', '!!', '|', '(', ')', '{', '}', '\\-', '\\&', 'a-z', '\\u{1F600}', '😀', '.', '\\b', '\\', '\\x41', '\\c', '*', '+', '?', '{2}', '{1,', '(?=', '(?<n>', '\\k<n>', '\\1', '$'];
let seed = 12345;
const rnd = (n) => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; };
const pats = new Set(hand);
while (pats.size < hand.length + 6000) {
  let p = rnd(3) ? '[' : '';
  const n = 1 + rnd(6);
  for (let i = 0; i < n; i++) p += atoms[rnd(atoms.length)];
  if (p.startsWith('[') && rnd(4)) p += ']';
  pats.add(p);
}
const out = [];
for (const p of pats) {
  let v;
  try { new RegExp(p, 'v'); v = 'ok'; } catch (e) { v = e.message.slice(('Invalid regular expression: /' + p + '/v: ').length); }
  out.push(JSON.stringify([p, v]));
}
fs.writeFileSync('/tmp/regexpv/vt/corpus.jsonl', out.join('\n') + '\n');
