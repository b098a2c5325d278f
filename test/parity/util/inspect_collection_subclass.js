// util.inspect of Map and Set subclasses shows the built-in tag after the class name, and
// null-prototype and plain collections keep their short forms; a class whose name contains the
// tag does not repeat it.
'use strict';
const util = require('util');
class Foo extends Map {}
class Bar extends Set {}
class Baz extends Foo {}
const n = new Map([[1, 2]]); Object.setPrototypeOf(n, null);
console.log(util.inspect(new Foo([[1, { a: { b: { c: 1 } } }]])), util.inspect(new Bar([1, 2])), util.inspect(new Baz()));
console.log(util.inspect(new Foo([[1, 2]]), { depth: 0 }), util.inspect(new Bar(), { showHidden: true }), util.inspect(n));
console.log(new Map([[1, 2]]), new Set(), new Foo(), new Bar(['x']));
// a class whose name contains the tag does not repeat it
class MyMap extends Map {}
class SetX extends Set {}
class MyUint8Array extends Uint8Array {}
class PromiseX extends Promise {}
class FooBar { get [Symbol.toStringTag]() { return 'Foo'; } }
class Zed { get [Symbol.toStringTag]() { return 'Foo'; } }
console.log(new MyMap([[1, 2]]), new SetX(), new MyUint8Array(1), new FooBar(), new Zed(), PromiseX.resolve(1));
