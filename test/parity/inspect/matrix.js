// Arrays of arrays (a matrix) and arrays of short objects.
const m = Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => r * 8 + c));
console.log(m);
console.log(Array.from({ length: 10 }, (_, i) => ({ id: i, ok: i % 2 === 0 })));
console.log([[[]], [[1]], [[1, 2]]]);
