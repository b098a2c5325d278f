// deepStrictEqual vs deepEqual on edge cases: NaN, -0, boxed primitives, dates, regexps, errors,
// typed arrays, sparse arrays, symbols keys, getters, cycles, WeakMaps and isDeepStrictEqual.
const assert = require('assert');
const util = require('util');
const cases = [
  ['NaN', NaN, NaN], ['-0', 0, -0], ['boxed', new Number(1), new Number(1)], ['boxed diff', new String('a'), new String('b')],
  ['dates', new Date(0), new Date(0)], ['dates diff', new Date(0), new Date(1)], ['regexp', /a/g, /a/g], ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g],
  ['errors', new Error('a'), new Error('a')], ['errors diff', new Error('a'), new Error('b')], ['error types', new TypeError('a'), new Error('a')],
  ['typed', new Uint8Array([1]), new Uint8Array([1])], ['typed kind', new Uint8Array([1]), new Int8Array([1])],
  ['buffer vs u8', Buffer.from([1]), new Uint8Array([1])], ['float -0', new Float64Array([0]), new Float64Array([-0])],
  ['sparse', [1, , 3], [1, undefined, 3]], ['symbol keys', { [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  ['non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {}], ['array props', Object.assign([1], { x: 1 }), [1]],
  ['weakmap', new WeakMap(), new WeakMap()], ['promise', Promise.resolve(), Promise.resolve()],
  ['map keys objects', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])], ['set objects', new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  ['set loose', new Set(['1']), new Set([1])], ['null proto arrays', Object.setPrototypeOf([1], null), [1]],
  ['arguments', (function() { return arguments; })(1), [1]], ['boxed symbol', Object(Symbol.for('x')), Object(Symbol.for('x'))],
  ['url', new URL('http://a/'), new URL('http://a/')], ['url diff', new URL('http://a/'), new URL('http://b/')],
  ['ab', new ArrayBuffer(2), new ArrayBuffer(2)], ['ab vs sab', new ArrayBuffer(2), new SharedArrayBuffer(2)],
  ['dataview', new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(1))], ['number vs boxed', 1, new Number(1)],
];
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
cases.push(['cycles', c1, c2]);
for (const [label, a, b] of cases) {
  let strict, loose;
  try { assert.deepStrictEqual(a, b); strict = 'equal'; } catch (e) { strict = e.code; }
  try { assert.deepEqual(a, b); loose = 'equal'; } catch (e) { loose = e.code; }
  console.log(label, strict, loose, util.isDeepStrictEqual(a, b));
}
