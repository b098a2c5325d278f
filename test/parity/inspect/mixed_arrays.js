// Arrays with more than 6 short items get grouped into columns; mixed types do not.
const util = require('util');
console.log(util.inspect(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
console.log(util.inspect([1, 'two', 3, 'four', 5, 'six', 7, 'eight']));
console.log(util.inspect([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]));
console.log(util.inspect([true, false, true, false, true, false, true]));
console.log(util.inspect([null, undefined, null, undefined, null, undefined, null]));
console.log(util.inspect(Array.from({ length: 7 }, (_, i) => 'x'.repeat(i * 3))));
