// v with i: set operations work on case-folded sets.
const checks = [
  ['[\\p{Lu}&&[a-z]]', 'a'], ['[\\p{Lu}--[A-Z]]', 'a'], ['[^\\P{Lu}]', 'a'], ['\\p{Lu}', 'a'], ['[\\p{Ll}&&[A-Z]]', 'Q'],
  ['[[a-z]--[A-M]]', 'b'], ['[[a-z]--[A-M]]', 'X'], ['[\\w--\\d]', '\u017f'], ['[k&&\\u212a]', 'k'], ['[[A-Z]&&[a-z]]', 'M'],
  ['[\\q{AB}]', 'ab'], ['[\\q{abc}--\\q{ABC}]', 'abc'], ['[^a-z]', 'Q'], ['[^[a-z]--[aeiou]]', 'E'], ['[\\p{Script=Greek}&&\\p{Lu}]', 'ω'],
];
for (const [p, s] of checks) console.log(p.padEnd(26), s, new RegExp(p, 'vi').test(s), new RegExp(p, 'v').test(s));
