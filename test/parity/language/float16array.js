// Float16Array (a global in Node 24): constructor forms, rounding to half precision, from/of, set/subarray.
console.log(typeof Float16Array, Float16Array.BYTES_PER_ELEMENT, Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Int8Array));
const f = new Float16Array([1.337, 65520, 1e-8, -0, 0.1]);
console.log(f, f.length, f.byteLength, f[0], f[1], f[4]);
f[0] = 2049;
console.log(f[0], Float16Array.from([1.5, 2.7]), Float16Array.of(3.14159));
const g = new Float16Array(new ArrayBuffer(8), 2, 2);
g.set([1e5, 0.333]);
console.log(g, new Uint16Array(g.buffer), f.subarray(1, 3), ArrayBuffer.isView(f));
console.log(require('util').types.isFloat16Array(f), Object.prototype.toString.call(f));
