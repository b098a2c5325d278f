// Sorting: numbers with a comparator, strings, and objects by two keys.
// Checksum: a hash of the sorted orders.
'use strict';
let seed = 42;
function rnd() { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed; }
let h = 0;
function mix(v) { h = (Math.imul(h, 31) + v) | 0; }
for (let r = 0; r < 4; r++) {
  const nums = [];
  for (let i = 0; i < 50000; i++) nums.push(rnd() % 1000000);
  nums.sort((a, b) => a - b);
  for (let i = 0; i < nums.length; i += 101) mix(nums[i]);
  const strs = nums.slice(0, 20000).map((n) => 'k' + ((n * 7919) % 100003));
  strs.sort();
  for (let i = 0; i < strs.length; i += 97) mix(strs[i].length + strs[i].charCodeAt(1));
  const objs = [];
  for (let i = 0; i < 20000; i++) objs.push({ a: rnd() % 100, b: rnd() % 1000, i });
  objs.sort((x, y) => x.a - y.a || x.b - y.b || x.i - y.i);
  for (let i = 0; i < objs.length; i += 89) mix(objs[i].i);
}
console.log(String(h >>> 0));
