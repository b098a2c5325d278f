// Depth limits inside Maps, Sets and arrays of maps.
const util = require('util');
const m = new Map([[{ key: { deep: { deeper: 1 } } }, new Set([[1, [2, [3, [4]]]]])]]);
console.log(util.inspect(m));
console.log(util.inspect([new Map([['a', new Map([['b', new Map([['c', 1]])]])]])]));
console.log(util.inspect(new Set([new Set([new Set([new Set([1])])])])));
