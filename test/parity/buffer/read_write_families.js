// read/write of every integer, float and BigInt width and byte order, with the values written,
// the returned offsets and the bytes.
const { t } = require('./_t');
const b = Buffer.alloc(16);
for (const [w, r, v] of [
  ['writeUInt8', 'readUInt8', 255], ['writeInt8', 'readInt8', -128],
  ['writeUInt16LE', 'readUInt16LE', 0xbeef], ['writeUInt16BE', 'readUInt16BE', 0xbeef],
  ['writeInt16LE', 'readInt16LE', -2], ['writeInt16BE', 'readInt16BE', -32768],
  ['writeUInt32LE', 'readUInt32LE', 0xdeadbeef], ['writeUInt32BE', 'readUInt32BE', 0xdeadbeef],
  ['writeInt32LE', 'readInt32LE', -123456789], ['writeInt32BE', 'readInt32BE', -1],
  ['writeFloatLE', 'readFloatLE', 1.1], ['writeFloatBE', 'readFloatBE', -0],
  ['writeDoubleLE', 'readDoubleLE', Math.PI], ['writeDoubleBE', 'readDoubleBE', NaN],
  ['writeFloatLE', 'readFloatLE', 1e40], ['writeDoubleBE', 'readDoubleBE', -Infinity],
  ['writeBigUInt64LE', 'readBigUInt64LE', 2n ** 64n - 1n], ['writeBigInt64BE', 'readBigInt64BE', -(2n ** 63n)],
  ['writeBigUint64BE', 'readBigUint64BE', 123n], ['writeUint32LE', 'readUint32LE', 7],
]) {
  b.fill(0);
  t(`${w} ${String(v)}`, () => [b[w](v, 2), b[r](2), b.subarray(2, 10).toString('hex')]);
}
for (const n of [1, 2, 3, 4, 5, 6]) {
  const max = 2 ** (8 * n) - 1;
  t(`UIntLE/BE ${n}`, () => [b.writeUIntLE(max, 0, n), b.readUIntLE(0, n), b.writeUIntBE(1, 0, n), b.readUIntBE(0, n)]);
  t(`IntLE/BE ${n}`, () => [b.writeIntLE(-1, 0, n), b.readIntLE(0, n), b.writeIntBE(-(2 ** (8 * n - 1)), 0, n), b.readIntBE(0, n)]);
}
t('BigInt range', () => b.writeBigInt64LE(2n ** 63n));
t('BigInt type', () => b.writeBigInt64LE(1));
t('write float no offset', () => Buffer.alloc(4).writeFloatBE(0.5));
t('write UInt8 float', () => { const c = Buffer.alloc(1); c.writeUInt8(3.9); return c[0]; });
t('write UInt8 string', () => Buffer.alloc(1).writeUInt8('3'));
t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
t('swap32 odd', () => Buffer.from([1, 2]).swap32());
t('swap64 odd', () => Buffer.from([1, 2]).swap64());
t('toJSON', () => JSON.stringify(Buffer.from([1, 2])));
t('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(new Uint8Array([97]))]);
t('equals bad', () => Buffer.from('a').equals('a'));
t('concat', () => Buffer.concat([Buffer.from('a'), new Uint8Array([98])], 5));
t('concat short', () => Buffer.concat([Buffer.from('abc')], 2));
t('concat bad', () => Buffer.concat([1]));
t('concat not array', () => Buffer.concat('ab'));
t('compare static', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a'))]);
t('compare static bad', () => Buffer.compare('a', Buffer.from('a')));
t('byteLength types', () => [Buffer.byteLength(new ArrayBuffer(3)), Buffer.byteLength(new DataView(new ArrayBuffer(5))), Buffer.byteLength(new Uint16Array(2))]);
t('byteLength bad', () => Buffer.byteLength(5));
t('kMaxLength', () => [require('buffer').kMaxLength === require('buffer').constants.MAX_LENGTH, require('buffer').constants.MAX_STRING_LENGTH]);
