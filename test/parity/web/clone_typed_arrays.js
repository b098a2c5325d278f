// structuredClone of ArrayBuffer, typed arrays and DataView: views of one buffer still share the cloned buffer.
const u = new Uint8Array([1, 2, 3, 4]);
const c = structuredClone({ u, v: new Uint16Array(u.buffer, 2, 1), d: new DataView(u.buffer, 1, 2), b: u.buffer });
console.log(c.u, c.v, c.d.byteOffset, c.d.byteLength);
console.log(c.u.buffer === c.v.buffer, c.d.buffer === c.b, c.b === c.u.buffer, c.u.buffer !== u.buffer);
c.u[0] = 99;
console.log(u[0], c.b.byteLength);
console.log(structuredClone(new Float64Array([1.5, NaN, -0])), structuredClone(new BigInt64Array([5n])));
console.log(structuredClone(new Int8Array([-1])), structuredClone(new Uint8ClampedArray([300])));
const sub = new Uint8Array(new ArrayBuffer(8), 4, 2);
const sc = structuredClone(sub);
console.log(sc.byteOffset, sc.length, sc.buffer.byteLength);
