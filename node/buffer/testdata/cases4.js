'use strict';
// Fixed-size reads and writes over offsets and values of every kind (the native fast path and
// its JS fallback must agree with Node on each, errors included).
const names = Object.getOwnPropertyNames(Buffer.prototype).filter((n) => /^(read|write)(U?Int(8|16|32)|Float|Double)/.test(n) && !/^(read|write)U?Int(LE|BE)$/.test(n));
const offsets = [undefined, 0, 1, 1.5, -1, -0, '1', NaN, 3, 4, 5, 7, 8, Infinity, null, {}, 2 ** 53];
const values = [0, 1, -1, 255, 256, -128, -129, 65535, 65536, -32768, 2 ** 31, 2 ** 32 - 1, 2 ** 32, -(2 ** 31), 1.7, -1.7, NaN, Infinity, '12', { valueOf() { return 7; } }, null, undefined, true, 3.4e38, 1e-50];
const out = [];
for (const n of names) {
  for (const off of offsets) {
    if (n.startsWith('read')) {
      const b = Buffer.from([1, 0x80, 0xff, 0x7f, 5, 6, 7, 0xfe]);
      try { out.push(`${n}(${String(off)}) = ${Object.is(b[n](off), -0) ? '-0' : b[n](off)}`); } catch (e) { out.push(`${n}(${String(off)}) ${e.code} ${e.message}`); }
    } else {
      for (const v of values) {
        const b = Buffer.alloc(8);
        try { const r = b[n](v, off); out.push(`${n}(${String(v)},${String(off)}) = ${r} ${b.toString('hex')}`); } catch (e) { out.push(`${n}(${String(v)},${String(off)}) ${e.code} ${e.message}`); }
      }
    }
  }
}
try { Buffer.prototype.readUInt32LE.call(new Uint16Array(4), 0); out.push('u16 ok'); } catch (e) { out.push('u16 ' + e.message); }
out.push(String(Buffer.prototype.readUInt8.call(new Uint8Array([9]), 0)));
try { Buffer.prototype.readUInt8.call({}, 0); } catch (e) { out.push('obj ' + e.name); }
console.log(out.join('\n'));
