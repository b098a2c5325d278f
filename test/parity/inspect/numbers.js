// Number formatting in arrays and objects: alignment groups numbers by width.
const util = require('util');
console.log(util.inspect([1, 10, 100, 1000, 10000, -1, -10, 1.5, 0.25, 1e21, 1e-7, -0, NaN, Infinity, 2 ** 53, 123456789]));
console.log(util.inspect({ a: 0.1 + 0.2, b: 5e-324, c: Number.MAX_VALUE, d: -1e-7 }));
console.log(util.inspect(Array.from({ length: 12 }, (_, i) => (i - 6) * 111)));
console.log(util.inspect([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]));
