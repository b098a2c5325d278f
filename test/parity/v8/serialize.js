// node:v8 serialize: V8's exact bytes for every kind it clones, deserialize round trips (and
// of bytes written by Node), the clone errors, heap statistics' shape, the snapshot API.
const v8 = require('v8');
const util = require('util');
const shared = {};
const values = [undefined, null, true, false, 1, -1, 2 ** 30, -(2 ** 30), 2 ** 31, -(2 ** 31), 1.5, NaN, -0, Infinity,
  'abc', 'é', '😀', 'x😀', '', { a: 1, b: 'x' }, [1, 2, 3], [1, , 3], { 1: 2, a: 3 }, new Date(0), /a/gi, /b/suy,
  new Map([[1, 2], ['k', { v: [] }]]), new Set(['x', 2]), Buffer.from([1, 2]), new Uint16Array([1, 65535]),
  new Float64Array([0.5]), new DataView(new ArrayBuffer(3)), new ArrayBuffer(2), 10n, -(2n ** 64n), 0n,
  [{}, {}], [shared, shared], Object(1), Object('s'), Object(true), Object(false), Object(5n),
  Object.assign(new RangeError('r'), { stack: 'S' }), Object.assign(new Error('x', { cause: 1 }), { stack: 'T' }),
  { nested: { deep: [new Map([[new Date(1), new Set([null])]])] } }, Object.assign([1, 2], { extra: 'p' })];
for (const v of values) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  console.log(util.inspect(v, { breakLength: Infinity }), bytes.toString('hex'), util.isDeepStrictEqual(back, v) || util.inspect(back, { breakLength: Infinity }));
}
console.log(Buffer.isBuffer(v8.serialize(1)), Buffer.isBuffer(v8.deserialize(v8.serialize(Buffer.from('q')))));
const e = v8.deserialize(v8.serialize(Object.assign(new TypeError('t'), { stack: 'st' })));
console.log(e instanceof TypeError, e.message, e.stack, Object.keys(e));
for (const v of [() => 1, Symbol('x'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try { v8.serialize(v); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const b of [Buffer.from('ff0f99', 'hex'), Buffer.from('00', 'hex'), 1]) {
  try { v8.deserialize(b); } catch (err) { console.log(err.name, err.code, err.message); }
}
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats), Object.values(stats).every((n) => typeof n === 'number'));
console.log(v8.getHeapSpaceStatistics().map((s) => s.space_name).join(' '), Object.keys(v8.getHeapCodeStatistics()));
console.log(v8.isStringOneByteRepresentation('é'), v8.isStringOneByteRepresentation('😀'), v8.startupSnapshot.isBuildingSnapshot(), typeof v8.cachedDataVersionTag());
try { v8.startupSnapshot.addDeserializeCallback(() => {}); } catch (err) { console.log(err.code, err.message); }
