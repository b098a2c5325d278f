// util.diff: Myers' edit script of strings and string arrays ([op, value], 1 only in actual,
// -1 only in expected), validation, and pseudo-random pairs (a fixed seed) for tie-breaking.
const { diff } = require('util');
const cases = [[['a','b'],['a','c']], ['ab','ac'], ['kitten','sitting'], [['1','2'],['1','2']], [[],['1']], [['x'],[]], ['abcabba','cbabac'], ['same','same'], [['a','b','c','d'],['d','c','b','a']], ['', 'abc'], ['a,', 'a'], [['a,'],['a']]];
for (const [a, b] of cases) console.log(JSON.stringify(a), JSON.stringify(b), JSON.stringify(diff(a, b)));
for (const [a, b] of [[1, 'a'], ['a', 1], ['a', ['a']], [null, []], [[1], ['1']], [['a'], [2]]]) { try { console.log(JSON.stringify(diff(a, b))); } catch (e) { console.log(e.code, e.message); } }
console.log(diff.length);
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const word = () => Array.from({ length: rnd(8) }, () => 'abc'[rnd(3)]).join('');
for (let i = 0; i < 60; i++) {
  const a = word(); const b = word();
  console.log(a, b, diff(a, b).map(([op, v]) => (op === 0 ? ' ' : op === 1 ? '+' : '-') + v).join(''));
}
