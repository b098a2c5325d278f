// v-mode class set operations: subtraction, intersection, nested classes, property escapes in them.
const inputs = ['abc', 'ABC', 'aeiou', 'xyz', 'Ωμέγα', '123', 'a1_B2', 'ß', '😀', ' \t'];
const patterns = [
  '[[a-z]--[aeiou]]', '[\\p{L}--[a-z]]', '[\\p{L}&&\\p{Lu}]', '[\\p{Lu}&&[A-M]]', '[[a-z]--[aeiou]--[xyz]]',
  '[\\w--\\d]', '[\\w--_]', '[\\w&&\\d]', '[\\p{Script=Greek}&&\\p{Ll}]', '[\\p{Script=Greek}--\\p{Ll}]',
  '[[a-z][0-9]]', '[[[a-c][x-z]]--b]', '[^[a-z]--[aeiou]]', '[^\\p{L}]', '[[^a-z]&&\\p{L}]', '[\\p{Emoji}--\\p{ASCII}]',
  '[\\d&&[0-5]]', '[\\s--\\t]', '[\\P{L}&&\\P{N}]', '[]', '[^]', '[[[a-z]--[b-y]]&&[a-c]]', '[\\p{ASCII}--\\p{L}--\\p{N}]',
];
for (const p of patterns) {
  const re = new RegExp(p, 'gv');
  console.log(p.padEnd(30), inputs.map((s) => (s.match(re) || []).join('')).join(' | '));
}
console.log(/^[\p{L}--\p{Script=Latin}]+$/v.test('Ωμέγα'), /^[\p{L}--\p{Script=Latin}]+$/v.test('Omega'));
console.log('a-b&c!d'.replace(/[\-\&\!]/gv, '.'), 'x--y'.split(/[\-]/v));
