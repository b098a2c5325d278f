// TextEncoder.encodeInto: read/written counts, never a partial character, subarray targets, errors.
const enc = new TextEncoder();
const buf = new Uint8Array(5);
console.log(enc.encodeInto('héllo', buf), buf);
console.log(enc.encodeInto('€€', new Uint8Array(4)));
console.log(enc.encodeInto('𝄞x', new Uint8Array(3)));
console.log(enc.encodeInto('abc', new Uint8Array(0)));
const big = new Uint8Array(10);
console.log(enc.encodeInto('xyz', big.subarray(4)), big);
console.log(enc.encodeInto('\ud800!', new Uint8Array(8)));
for (const [src, dest] of [['a', []], [undefined, new Uint8Array(1)], ['a', new Uint16Array(2)], [1, new Uint8Array(1)]]) {
  try { enc.encodeInto(src, dest); } catch (e) { console.log(e.name, e.code, e.message); }
}
