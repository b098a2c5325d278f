// Subclasses of Array, Map, Set, Error, Promise and typed arrays.
const util = require('util');
class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyPromise extends Promise {}
class MyU8 extends Uint8Array {}
console.log(util.inspect(MyArray.from([1, 2])));
console.log(util.inspect(new MyMap([[1, 2]])));
console.log(util.inspect(new MySet([1])));
console.log(util.inspect(MyPromise.resolve(1)));
console.log(util.inspect(new MyU8(2)));
