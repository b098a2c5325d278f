// Errors with nested properties, causes and in arrays.
const util = require('util');
const inner = new TypeError('inner');
inner.stack = 'TypeError: inner\n    at a (a.js:1:1)';
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at b (b.js:2:2)';
outer.meta = { list: [1, 2], nested: { deep: { deeper: true } } };
console.log(util.inspect(outer));
console.log(util.inspect([outer], { depth: 0 }));
const noMsg = new Error();
noMsg.stack = 'Error\n    at c (c.js:3:3)';
console.log(util.inspect(noMsg));
const nameInStack = new Error('msg');
nameInStack.name = 'Renamed';
nameInStack.stack = 'Renamed: msg\n    at d (d.js:4:4)';
console.log(util.inspect(nameInStack));
