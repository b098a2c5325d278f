// Subclasses of Date, RegExp, Error and boxed primitives with a toStringTag.
const util = require('util');
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.stack = 'MyError: ' + m; } }
console.log(util.inspect(new MyDate(0)));
console.log(util.inspect(new MyRegExp('x', 'g')));
console.log(util.inspect(new MyError('sub')));
const n = new Number(3);
n[Symbol.toStringTag] = 'Tagged';
console.log(util.inspect(n));
console.log(util.inspect(Object.freeze([1, 2])));
