'use strict';
// Differential cases for node:buffer: the output is compared with the golden recorded from
// Node v24.21.0 (cases.golden). Each line is one case: its label and the result or the error.
const { Buffer, isUtf8, isAscii, kMaxLength, kStringMaxLength, constants, atob, btoa } = require('buffer');
const util = require('util');

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Buffer.isBuffer(v)) return `<${[...v].map((b) => b.toString(16).padStart(2, '0')).join(' ')}>`;
  return util.inspect(v);
}
function t(label, fn) {
  let out;
  try {
    out = show(fn());
  } catch (e) {
    out = `throws ${e.name} ${e.code} ${e.message}`;
  }
  console.log(`${label}: ${out}`);
}

// --- codecs: encode
const strings = ['', 'a', 'hello world', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', '\ud800', 'x\udc00y',
  '\u00ff\u0100', 'abcd', 'abc', 'zz', 'AbCdEf', '0G', 'aGVsbG8=', 'aGVsbG8', 'aGV sbG\n8=',
  'aGVsbG8==x', 'QQ=a', 'Q', 'QQ', 'QQQ', 'QUJD?REVG', '-_-_', '+/+/', '\u0141\u0141\u0141\u0141',
  '=', '==', 'YQ==YQ==', 'ab\u0000cd', '\u00e9\u00e9\u00e9\u00e9'];
const encs = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'ascii', 'hex',
  'base64', 'base64url'];
for (const s of strings) {
  for (const e of encs) {
    t(`from(${JSON.stringify(s)}, ${e})`, () => Buffer.from(s, e));
    t(`byteLength(${JSON.stringify(s)}, ${e})`, () => Buffer.byteLength(s, e));
  }
}
// --- codecs: decode
const byteSets = [[], [0x61], [0xe9, 0x41], [0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0xaf],
  [0xf0, 0x9f, 0x98, 0x80], [0xff, 0xfe, 0x00], [0x00, 0x01, 0x7f, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xe0, 0x80, 0x80], [0xef, 0xbf, 0xbd], [0xc3], [0x3d, 0xd8, 0x00, 0xde], [1, 2, 3, 4, 5]];
for (const bs of byteSets) {
  for (const e of encs) {
    t(`toString(${bs}, ${e})`, () => Buffer.from(bs).toString(e));
  }
  t(`isUtf8(${bs})`, () => isUtf8(Buffer.from(bs)));
  t(`isAscii(${bs})`, () => isAscii(new Uint8Array(bs).buffer));
}
t('toString range', () => Buffer.from('hello world').toString('utf8', 2, 7));
t('toString neg', () => Buffer.from('hello').toString('utf8', -3, 100));
t('toString bad enc', () => Buffer.from('hello').toString('nope'));
t('toString start>len', () => Buffer.from('hello').toString('hex', 9));
t('toString NaN', () => Buffer.from('hello').toString('hex', NaN, NaN));
t('utf8Slice oob', () => Buffer.from('hello').utf8Slice(1, 9));
t('utf8Slice rev', () => Buffer.from('hello').utf8Slice(3, 1));
t('hexSlice', () => Buffer.from('hello').hexSlice(1));

// --- from variants
t('from array', () => Buffer.from([1, 2, 256, -1, 'x', 3.7]));
t('from arraybuffer', () => Buffer.from(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
t('from ab oob', () => Buffer.from(new ArrayBuffer(4), 5));
t('from ab len oob', () => Buffer.from(new ArrayBuffer(4), 1, 4));
t('from ab NaN', () => Buffer.from(new ArrayBuffer(4), 'x', -1));
t('from buffer', () => Buffer.from(Buffer.from('abc')));
t('from uint16', () => Buffer.from(new Uint16Array([1, 0x102, 0xffff])));
t('from valueOf', () => Buffer.from({ valueOf() { return 'abc'; } }));
t('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'xyz'; } }, 'hex'));
t('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
t('from arraylike', () => Buffer.from({ length: 2, 0: 5, 1: 6 }));
t('from arraylike bad len', () => Buffer.from({ length: 'x' }));
t('from number', () => Buffer.from(5));
t('from null', () => Buffer.from(null));
t('from obj', () => Buffer.from({}));
t('from unknown enc', () => Buffer.from('x', 'nope'));
t('from shares', () => { const ab = new ArrayBuffer(4); const b = Buffer.from(ab); new Uint8Array(ab)[0] = 9; return b[0]; });
t('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
t('of', () => Buffer.of(1, 2, 300));

// --- alloc
t('alloc', () => Buffer.alloc(3));
t('alloc fill', () => Buffer.alloc(5, 'ab'));
t('alloc fill hex', () => Buffer.alloc(5, 'abcd', 'hex'));
t('alloc fill bad hex', () => Buffer.alloc(5, 'zz', 'hex'));
t('alloc fill num', () => Buffer.alloc(3, 257));
t('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill empty buf', () => Buffer.alloc(5, Buffer.alloc(0)));
t('alloc fill bool', () => Buffer.alloc(3, true));
t('alloc fill utf16', () => Buffer.alloc(5, '\u20ac', 'utf16le'));
t('alloc fill bad enc', () => Buffer.alloc(5, 'a', 'nope'));
t('alloc neg', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc big', () => Buffer.alloc(2 ** 53));
t('allocUnsafe len', () => Buffer.allocUnsafe(10).length);
t('allocUnsafeSlow len', () => Buffer.allocUnsafeSlow(10).length);
t('allocUnsafe bad', () => Buffer.allocUnsafe('1'));

// --- statics
t('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x')]);
t('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'Base64', 'nope', '', 5, null, 'binary', 'ucs-2'].map((e) => Buffer.isEncoding(e)));
t('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('a'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a'))]);
t('compare bad', () => Buffer.compare('a', Buffer.from('a')));
t('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([1]), Buffer.from('cd')]));
t('concat len', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
t('concat len more', () => Buffer.concat([Buffer.from('ab')], 4));
t('concat empty', () => Buffer.concat([]));
t('concat bad', () => Buffer.concat([Buffer.from('ab'), 'x']));
t('concat notarray', () => Buffer.concat('x'));
t('byteLength buf', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7)))]);
t('byteLength bad', () => Buffer.byteLength(5));
t('byteLength unknown enc', () => Buffer.byteLength('\u00e9', 'nope'));
t('kMaxLength', () => [kMaxLength, kStringMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH]);
t('INSPECT_MAX_BYTES', () => require('buffer').INSPECT_MAX_BYTES);
t('poolSize', () => Buffer.poolSize);

// --- instance
t('write', () => { const b = Buffer.alloc(6); return [b.write('abc'), b]; });
t('write off', () => { const b = Buffer.alloc(6); return [b.write('abc', 4), b]; });
t('write off len', () => { const b = Buffer.alloc(6); return [b.write('abcdef', 1, 2), b]; });
t('write enc', () => { const b = Buffer.alloc(6); return [b.write('6162', 'hex'), b]; });
t('write off enc', () => { const b = Buffer.alloc(6); return [b.write('6162', 2, 'hex'), b]; });
t('write partial char', () => { const b = Buffer.alloc(4); return [b.write('a\u20ac\u20ac'), b]; });
t('write ucs2 odd', () => { const b = Buffer.alloc(3); return [b.write('abc', 'ucs2'), b]; });
t('write base64', () => { const b = Buffer.alloc(6); return [b.write('aGVsbG8=', 'base64'), b]; });
t('write off oob', () => Buffer.alloc(4).write('a', 5));
t('write neg len', () => Buffer.alloc(4).write('a', 0, -1));
t('write non-string', () => Buffer.alloc(4).write(5));
t('write bad enc', () => Buffer.alloc(4).write('a', 0, 1, 'nope'));
t('write float off', () => Buffer.alloc(4).write('a', 1.5));
t('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(new Uint8Array([97])), Buffer.from('a').equals(Buffer.from('b'))]);
t('equals bad', () => Buffer.from('a').equals('a'));
t('cmp', () => Buffer.from('abcdef').compare(Buffer.from('cde'), 0, 2, 2, 4));
t('cmp2', () => [Buffer.from('b').compare(Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('abc'), 1), Buffer.from('abc').compare(Buffer.from('abc'), 0, 0, 1, 1)]);
t('cmp oob', () => Buffer.from('abc').compare(Buffer.from('abc'), 0, 9));
t('cmp bad', () => Buffer.from('abc').compare('abc'));
t('copy', () => { const a = Buffer.from('abcdef'); const b = Buffer.alloc(4); return [a.copy(b, 1, 2), b]; });
t('copy overlap', () => { const a = Buffer.from('abcdef'); return [a.copy(a, 2, 0, 4), a]; });
t('copy oob', () => Buffer.from('abc').copy(Buffer.alloc(3), -1));
t('copy src oob', () => Buffer.from('abc').copy(Buffer.alloc(3), 0, 5));
t('copy bad', () => Buffer.from('abc').copy('x'));
t('copy float', () => { const b = Buffer.alloc(3); return [Buffer.from('abc').copy(b, 0.5, '1'), b]; });
t('slice shares', () => { const a = Buffer.from('abcdef'); const s = a.slice(1, 3); s[0] = 0x7a; return [a.toString(), s.length, s.byteOffset - a.byteOffset]; });
t('subarray neg', () => Buffer.from('abcdef').subarray(-3, -1));
t('subarray big', () => Buffer.from('abcdef').subarray(4, 100));
t('subarray rev', () => Buffer.from('abcdef').subarray(4, 2));
t('slice ctor', () => Buffer.from('abc').slice(1) instanceof Buffer);
t('map ctor', () => Buffer.from('abc').map((x) => x + 1));
t('fill', () => Buffer.alloc(5).fill('abc'));
t('fill range', () => Buffer.alloc(5).fill('x', 1, 3));
t('fill enc', () => Buffer.alloc(5).fill('6162', 'hex'));
t('fill off enc', () => Buffer.alloc(5).fill('6162', 1, 'hex'));
t('fill num', () => Buffer.alloc(3).fill(-1));
t('fill oob', () => Buffer.alloc(3).fill(1, 0, 5));
t('fill neg', () => Buffer.alloc(3).fill(1, -1));
t('fill empty', () => Buffer.alloc(3, 1).fill(''));
t('fill rev', () => Buffer.alloc(3).fill(1, 2, 1));
t('fill u8', () => Buffer.alloc(5).fill(new Uint8Array([1, 2])));
t('fill bad enc', () => Buffer.alloc(3).fill('a', 'nope'));
t('fill bad enc type', () => Buffer.alloc(3).fill('a', 0, 3, 5));
const hay = Buffer.from('abcdefabcdef\u00e9\u20ac');
const needles = ['a', 'cd', 'f', '', 'zz', 'é', '€', 99, 97 + 256, -159, Buffer.from('bc'), Buffer.alloc(0), 'YWJj', '6263'];
const offsets = [undefined, 0, 1, 3, 7, -1, -4, -100, 100, 'hex', null, NaN, 2.5, '3'];
for (const n of needles) {
  for (const o of offsets) {
    t(`indexOf(${show(n)}, ${show(o)})`, () => hay.indexOf(n, o));
    t(`lastIndexOf(${show(n)}, ${show(o)})`, () => hay.lastIndexOf(n, o));
  }
  for (const e of ['base64', 'hex', 'latin1', 'ucs2', 'ascii']) {
    t(`indexOf(${show(n)}, 0, ${e})`, () => hay.indexOf(n, 0, e));
    t(`lastIndexOf(${show(n)}, undefined, ${e})`, () => hay.lastIndexOf(n, undefined, e));
  }
}
const u16 = Buffer.from('abcabc', 'ucs2');
t('ucs2 indexOf', () => [u16.indexOf('b', 0, 'ucs2'), u16.indexOf('c', 3, 'ucs2'), u16.lastIndexOf('a', undefined, 'ucs2'), u16.indexOf(Buffer.from('b\u0000'), 0, 'ucs2'), Buffer.from([0, 0x61, 0]).indexOf('a', 0, 'ucs2')]);
t('includes', () => [hay.includes('def'), hay.includes('xyz'), hay.includes(0x61, 11)]);
t('indexOf bad', () => hay.indexOf({}));
t('indexOf bad enc', () => hay.indexOf('a', 0, 'nope'));
t('toJSON', () => JSON.stringify(Buffer.from([1, 2, 3])));
t('toJSON empty', () => Buffer.alloc(0).toJSON());
t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 big', () => Buffer.alloc(256).fill(Buffer.from([1, 2])).swap16().subarray(0, 4));
t('swap32 big', () => Buffer.alloc(256).fill(Buffer.from([1, 2, 3, 4])).swap32().subarray(0, 4));
t('swap64 big', () => Buffer.alloc(256).fill(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])).swap64().subarray(0, 8));
t('swap16 bad', () => Buffer.alloc(3).swap16());
t('swap32 bad', () => Buffer.alloc(6).swap32());
t('swap64 bad', () => Buffer.alloc(4).swap64());
t('parent/offset', () => { const b = Buffer.from('abc'); return [b.parent === b.buffer, b.offset === b.byteOffset]; });

// --- numbers
const nb = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xf8, 0xff, 0x80]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
  'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE']) {
  for (const off of [undefined, 0, 2, 6, 9, 10, -1, 1.5, '1', NaN]) {
    t(`${m}(${show(off)})`, () => nb[m](off));
  }
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (const [off, bl] of [[0, 1], [0, 3], [1, 5], [2, 6], [4, 6], [0, 7], [0, 0], [undefined, 2], [0, 2.5], [0, '2']]) {
    t(`${m}(${show(off)}, ${show(bl)})`, () => nb[m](off, bl));
  }
}
const wcases = [
  ['writeUInt8', [255, 0]], ['writeUInt8', [256, 0]], ['writeUInt8', [-1, 0]], ['writeInt8', [-128, 1]], ['writeInt8', [128, 1]],
  ['writeUInt8', [1, 8]], ['writeUInt8', [1.7, 0]], ['writeUInt8', ['7', 0]],
  ['writeUInt16LE', [0x1234, 0]], ['writeUInt16BE', [0x1234, 0]], ['writeUInt16LE', [0x10000, 0]], ['writeInt16BE', [-2, 2]],
  ['writeUInt16LE', [1, 7]], ['writeUInt16LE', [1, 1.5]],
  ['writeUInt32LE', [0xdeadbeef, 0]], ['writeUInt32BE', [0xdeadbeef, 4]], ['writeInt32LE', [-1, 0]], ['writeInt32BE', [2 ** 31, 0]],
  ['writeUInt32LE', [-1, 0]], ['writeInt32LE', [1, 5]],
  ['writeUIntLE', [0x123456, 0, 3]], ['writeUIntBE', [0x123456789a, 0, 5]], ['writeIntLE', [-5, 0, 6]], ['writeIntBE', [-(2 ** 40), 1, 6]],
  ['writeIntLE', [2 ** 50, 0, 6]], ['writeUIntLE', [2 ** 48, 0, 6]], ['writeUIntLE', [1, 0, 7]], ['writeUIntLE', [1, undefined, 2]],
  ['writeFloatLE', [1.5, 0]], ['writeFloatBE', [-0.1, 4]], ['writeDoubleLE', [Math.PI, 0]], ['writeDoubleBE', [1e300, 0]],
  ['writeFloatLE', [1, 6]], ['writeDoubleLE', [1, 1]], ['writeFloatLE', ['x', 0]],
  ['writeBigUInt64LE', [0x0102030405060708n, 0]], ['writeBigUInt64BE', [2n ** 64n - 1n, 0]], ['writeBigInt64LE', [-2n, 0]],
  ['writeBigInt64BE', [-(2n ** 63n), 0]], ['writeBigInt64LE', [2n ** 63n, 0]], ['writeBigUInt64LE', [-1n, 0]], ['writeBigUInt64LE', [1n, 1]],
  ['writeBigUInt64LE', [1, 0]],
];
for (const [m, args] of wcases) {
  t(`${m}(${args.map(show).join(', ')})`, () => { const b = Buffer.alloc(8); const r = b[m](...args); return [r, b]; });
}

// --- inspect
t('inspect', () => util.inspect(Buffer.from('hi')));
t('inspect empty', () => util.inspect(Buffer.alloc(0)));
t('inspect 50', () => util.inspect(Buffer.alloc(50, 1)));
t('inspect 51', () => util.inspect(Buffer.alloc(51, 1)));
t('inspect 60', () => util.inspect(Buffer.alloc(60, 255)));
t('inspect extra', () => { const b = Buffer.from('ab'); b.foo = 1; return util.inspect(b); });
t('inspect nested', () => util.inspect({ a: Buffer.from('x'), b: [Buffer.from('yz')] }));
t('inspect method', () => Buffer.from('ab').inspect());
t('inspect max', () => { const m = require('buffer'); m.INSPECT_MAX_BYTES = 2; const s = util.inspect(Buffer.from('abcd')); m.INSPECT_MAX_BYTES = 50; return s; });
t('inspect max bad', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
t('inspect uint8', () => util.inspect(new Uint8Array([1, 2])));

// --- atob / btoa
for (const s of ['aGVsbG8=', 'aGVsbG8', ' aGV sbG8 ', 'aGVsbG8==', 'a', 'ab', 'abc=', 'ab=c', 'a===', '', '====', '_-', '\u00ff', 'YWJj\n']) {
  t(`atob(${JSON.stringify(s)})`, () => atob(s));
}
for (const s of ['hello', '', '\u00ff\u00fe', '\u0100', 12]) {
  t(`btoa(${JSON.stringify(s)})`, () => btoa(s));
}
t('atob none', () => atob());
t('btoa none', () => btoa());
t('global atob', () => globalThis.atob === atob && globalThis.btoa === btoa && globalThis.Buffer === Buffer);

// --- classes
t('proto chain', () => [Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer, Buffer.from('a') instanceof Uint8Array, Buffer.name, Buffer.length]);
t('new Buffer', () => new Buffer(3));
t('Buffer(str)', () => Buffer('abc'));
t('Buffer(num, enc)', () => Buffer(3, 'utf8'));
t('isUtf8 bad', () => isUtf8('x'));
t('keys', () => Object.keys(require('buffer')));

// --- Blob / File
const { Blob, File, resolveObjectURL } = require('buffer');
const blob = new Blob(['ab', Buffer.from('cd'), new Uint16Array([0x6665]), new Blob(['g']), new Uint8Array([0x68]).buffer], { type: 'Text/Plain' });
t('blob', () => util.inspect(blob));
t('blob props', () => [blob.size, blob.type, String(blob), Object.prototype.toString.call(blob)]);
t('blob slice', () => util.inspect(blob.slice(1, -1, 'x/y')));
t('blob slice neg', () => blob.slice(-3).size);
t('blob mixed', () => [new Blob([1, {}]).size, new Blob(['\u00e9']).size, new Blob(['a'], { type: '\u0100' }).type]);
t('blob bad', () => new Blob('x'));
t('blob bad endings', () => new Blob([], { endings: 'x' }));
t('blob bad options', () => new Blob([], 5));
t('blob proto', () => Object.getOwnPropertyNames(Blob.prototype));
t('file', () => util.inspect(new File(['x'], 'a.txt', { lastModified: 5, type: 'a/b' })));
t('file props', () => { const f = new File(['xy'], 5, { lastModified: '7' }); return [f.name, f.lastModified, f.size, f instanceof Blob, Object.prototype.toString.call(f)]; });
t('file missing', () => new File(['x']));
t('resolveObjectURL', () => resolveObjectURL('blob:nodedata:x'));
blob.text().then((s) => {
  t('blob text', () => s);
  return blob.arrayBuffer();
}).then((ab) => {
  t('blob arrayBuffer', () => util.inspect(ab));
  return blob.slice(2, 4).bytes();
}).then((u8) => t('blob bytes', () => util.inspect(u8)));
