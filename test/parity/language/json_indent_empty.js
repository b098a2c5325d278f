// Pretty-printed JSON with empty arrays and objects among their siblings (package.json has
// "dependencies": {} before other keys), every form of the space argument, and JSON.parse of
// numbers beyond float64 (Infinity), with a reviver.
'use strict';
const values = [
  [[], { a: 1 }],
  { x: {}, y: { z: 1 }, w: [[], [1, []], {}] },
  { name: 'pkg', dependencies: {}, devDependencies: { a: '^1' }, files: [], scripts: { test: 'x' } },
  [{}, [], [{}, { k: [[], [[]]] }]],
  { s: 'a"b\\c\n{}[],:', arr: ['[', ']', '{', '}', ',', ':'] },
  { toJSON() { return { inner: [], after: [1] }; } },
  { und: undefined, fn() {}, sym: Symbol('x'), n: null, nan: NaN, big: 1e21, neg: -0 },
];
const spaces = [2, '\t', 0, -1, 3.7, 20, '', '--', 'abcdefghijklmnop', new Number(3), new String('>>'), null, undefined, true];
for (const v of values) {
  for (const sp of spaces) console.log(JSON.stringify(sp === undefined ? 'undefined' : typeof sp === 'object' && sp ? `${sp.constructor.name}(${sp})` : sp), JSON.stringify(v, null, sp));
}
console.log(JSON.stringify({ a: [], b: { c: {} }, d: 1 }, ['a', 'b', 'c'], 2));
console.log(JSON.stringify({ a: {}, b: 2 }, (k, v) => (k === 'b' ? [v, {}] : v), 1));
console.log(JSON.stringify(undefined, null, 2), JSON.stringify(() => 1, null, 2), JSON.stringify('x', null, 2));
const cyc = { a: [] }; cyc.a.push(cyc);
try { JSON.stringify(cyc, null, 2); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
console.log(JSON.parse('1e400'), JSON.parse('[-1e400, 1e-400, 2]'), JSON.parse('{"a": 1e999, "b": "\\ud800x"}').a);
console.log(JSON.parse('{"a": [1e400, {"b": 5}]}', (k, v) => (typeof v === 'number' ? v * 2 : v)));
console.log(JSON.stringify(JSON.parse('{"x": 1E+400}'), null, 2));
